import { buffer, text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { exportStream, type Cell } from './export-writer.js';

async function* rowsOf(rows: Cell[][]): AsyncGenerator<Cell[]> {
  for (const row of rows) yield row;
}

const ROWS: Cell[][] = [
  ['name', 'city', 'percent', 'note'],
  ['Nguyễn Thị Minh', 'Hà Nội', 87.5, 'said "yes", then left'],
  ['Aishath', 'Malé', null, 'two\nlines'],
  ['山田 花子', '東京', 100, ''],
];

describe('exportStream', () => {
  it('writes CSV with a BOM, quoting commas, quotes and line breaks, empty for null', async () => {
    const csv = await buffer(exportStream('csv', rowsOf(ROWS), 'sheet'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = parse(csv, { bom: true }) as string[][];
    expect(back).toEqual(ROWS.map((r) => r.map((c) => (c === null ? '' : String(c)))));
  });

  it('writes an XLSX workbook that exceljs reads back cell for cell, numbers as numbers', async () => {
    const bytes = await buffer(exportStream('xlsx', rowsOf(ROWS), 'completion'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('completion')!;
    expect(sheet.rowCount).toBe(ROWS.length);
    expect(sheet.getRow(2).getCell(3).value).toBe(87.5);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(4).getCell(1).value).toBe('山田 花子');
    expect(sheet.getRow(3).getCell(4).value).toBe('two\nlines');
  });

  it('fails the stream when the rows fail, rather than ending a truncated file quietly', async () => {
    async function* broken(): AsyncGenerator<Cell[]> {
      yield ['a'];
      throw new Error('database gone');
    }
    await expect(text(exportStream('csv', broken(), 's'))).rejects.toThrow('database gone');
    await expect(buffer(exportStream('xlsx', broken(), 's'))).rejects.toThrow('database gone');
  });
});
