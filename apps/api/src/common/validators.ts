import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { canonicalLocale, canonicalTimeZone } from '@kenshu/domain';

/** A string that `canonical` accepts, stored in the spelling it returns; otherwise `message`. */
function Canonical(name: string, canonical: (s: string) => string | null, message: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, key) => {
      const canon = (v: unknown) => (typeof v === 'string' ? (canonical(v) ?? v) : v);
      Transform(({ value }) => (Array.isArray(value) ? value.map(canon) : canon(value)))(target, key);
      ValidateBy(
        {
          name,
          validator: {
            validate: (value) => typeof value === 'string' && canonical(value) === value,
            defaultMessage: () => message,
          },
        },
        options,
      )(target, key);
    };
}

/** A BCP 47 tag whose language exists (`ja-JP`, `dv`); stored in its canonical spelling. */
export const IsLocale = Canonical(
  'isLocale',
  canonicalLocale,
  'must be a BCP 47 language tag such as en, ja-JP or dv',
);

/** An IANA zone (`Asia/Tokyo`), not an offset or abbreviation; stored in its canonical case. */
export const IsTimeZone = Canonical(
  'isTimeZone',
  canonicalTimeZone,
  'must be an IANA time zone such as Asia/Tokyo',
);

/** The message of an `@IsIn` check: the allowed values, named. */
export const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });
