import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { canonicalLocale, canonicalTimeZone } from '@kenshu/domain';

/** A BCP 47 tag whose language exists (`ja-JP`, `dv`); stored in its canonical spelling. */
export function IsLocale(options?: ValidationOptions): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? (canonicalLocale(value) ?? value) : value))(
      target,
      key,
    );
    ValidateBy(
      {
        name: 'isLocale',
        validator: {
          validate: (value) => typeof value === 'string' && canonicalLocale(value) === value,
          defaultMessage: () => 'must be a BCP 47 language tag such as en, ja-JP or dv',
        },
      },
      options,
    )(target, key);
  };
}

/** An IANA zone (`Asia/Tokyo`), not an offset or abbreviation; stored in its canonical case. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value))(
      target,
      key,
    );
    ValidateBy(
      {
        name: 'isTimeZone',
        validator: {
          validate: (value) => typeof value === 'string' && canonicalTimeZone(value) === value,
          defaultMessage: () => 'must be an IANA time zone such as Asia/Tokyo',
        },
      },
      options,
    )(target, key);
  };
}
