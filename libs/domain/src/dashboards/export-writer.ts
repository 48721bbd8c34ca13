import { PassThrough, pipeline, Readable } from 'node:stream';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ExportFormat } from './data-export.entity.js';

/** A cell of an export: text, a number, or empty. */
export type Cell = string | number | null;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Rows (the header first) as a CSV or XLSX byte stream, pulled from `rows` as the reader takes bytes:
 * CSV through csv-stringify, XLSX through exceljs's streaming WorkbookWriter, each row committed as it is
 * added. Neither holds more than a page of rows: memory stays flat whatever the size. A CSV starts with a
 * UTF-8 BOM so that spreadsheet programs read names in any script.
 */
export function exportStream(format: ExportFormat, rows: AsyncIterable<Cell[]>, sheetName: string): Readable {
  if (format === 'csv') {
    // pipeline (not pipe): a failure of the rows destroys the CSV stream with it, so the reader sees the
    // error instead of waiting for an end that never comes.
    return pipeline(
      Readable.from(rows),
      stringify({ bom: true, cast: { number: (n) => String(n) } }),
      () => {},
    );
  }
  const out = new PassThrough();
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
    let n = 0;
    for await (const row of rows) {
      // The reader went away (a closed download): stop reading rows (ending the generator's loop).
      if (out.destroyed) return;
      sheet.addRow(row).commit();
      // Let a slow reader catch up every few hundred rows rather than buffering the whole file.
      if (++n % 500 === 0 && out.writableNeedDrain)
        await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
