import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { canonicalLocale } from '@kenshu/domain';
import { RequestValidationError } from './request-validation.js';

/** A path locale (`ja-jp`) in its canonical spelling (`ja-JP`); anything else is a 400 naming it. */
@Injectable()
export class LocalePipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const locale = canonicalLocale(value);
    if (!locale)
      throw new RequestValidationError([
        { field: metadata.data ?? 'locale', reason: 'must be a BCP 47 language tag such as en, ja-JP or dv' },
      ]);
    return locale;
  }
}
