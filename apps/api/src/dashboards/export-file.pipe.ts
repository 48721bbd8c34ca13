import { Injectable, type PipeTransform } from '@nestjs/common';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '@kenshu/domain';
import { RequestValidationError } from '../common/request-validation.js';

/** `participants.csv`, `completion.xlsx` …: the kind and the format of a streamed export, or a 400. */
@Injectable()
export class ExportFilePipe implements PipeTransform<string, { kind: ExportKind; format: ExportFormat }> {
  transform(value: string): { kind: ExportKind; format: ExportFormat } {
    const [kind, format, ...rest] = value.split('.');
    if (
      rest.length > 0 ||
      !(EXPORT_KINDS as readonly string[]).includes(kind ?? '') ||
      !(EXPORT_FORMATS as readonly string[]).includes(format ?? '')
    )
      throw new RequestValidationError([
        {
          field: 'file',
          reason: `must be <kind>.<format>, kind one of ${EXPORT_KINDS.join(', ')}, format csv or xlsx`,
        },
      ]);
    return { kind: kind as ExportKind, format: format as ExportFormat };
  }
}
