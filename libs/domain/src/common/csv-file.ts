import { parse } from 'csv-parse/sync';
import { DomainError } from './domain-error.js';

/**
 * The largest CSV file an import takes (the API's `text/csv` parser refuses more with 413): 4 MiB, room
 * for the 10,000 rows of an enrolment import with every column filled.
 */
export const IMPORT_MAX_BYTES = 4 * 1024 * 1024;

export interface CsvColumns<R extends string, O extends string> {
  required: readonly R[];
  optional: readonly O[];
  maxRows: number;
}

/** One data row: the file line it starts on (a quoted field may span lines), its cells by column. */
export interface CsvRecord<C extends string> {
  line: number;
  cells: Record<C, string>;
}

export const invalidFile = (reason: string) =>
  new DomainError('IMPORT.INVALID_FILE', `The file cannot be imported: ${reason}`, [
    { field: 'file', reason },
  ]);

/**
 * A CSV file as rows of named cells, checked whole first: UTF-8 with or without BOM, CRLF or LF, RFC 4180
 * quoting, a header of known columns with every required one, at least one row and at most `maxRows`.
 * Anything else is IMPORT.INVALID_FILE naming `file`, before anything is written. Cells are trimmed and
 * NFC-normalised; a column absent from the header reads as ''.
 */
export function readCsvFile<R extends string, O extends string>(
  file: Buffer,
  columns: CsvColumns<R, O>,
): CsvRecord<R | O>[] {
  if (file.length === 0) throw invalidFile('the file is empty');
  if (file.length > IMPORT_MAX_BYTES) throw invalidFile(`the file is larger than ${IMPORT_MAX_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw invalidFile('the file is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw invalidFile('the file is not CSV text');
  let parsed: { record: string[]; line: number }[];
  try {
    parsed = recordsWithLines(text);
  } catch (error) {
    throw invalidFile(`the file is not valid CSV (${(error as Error).message})`);
  }
  const [head, ...rows] = parsed;
  if (!head) throw invalidFile('the file has no header');
  const header = head.record.map((h) => h.trim().toLowerCase());
  const known = new Set<string>([...columns.required, ...columns.optional]);
  const unknown = header.filter((h) => !known.has(h));
  const missing = columns.required.filter((h) => !header.includes(h));
  const expected =
    `expected the column${columns.required.length > 1 ? 's' : ''} ${columns.required.join(', ')}` +
    ` and optionally ${columns.optional.join(', ')}`;
  if (unknown.length > 0)
    throw invalidFile(`unknown column ${unknown.map((u) => JSON.stringify(u)).join(', ')}; ${expected}`);
  if (missing.length > 0) throw invalidFile(`missing column ${missing.join(', ')}; ${expected}`);
  if (new Set(header).size !== header.length) throw invalidFile('a column appears twice in the header');
  if (rows.length === 0) throw invalidFile('the file has a header but no rows');
  if (rows.length > columns.maxRows) throw invalidFile(`the file has more than ${columns.maxRows} rows`);
  const absent = Object.fromEntries([...known].filter((c) => !header.includes(c)).map((c) => [c, '']));
  return rows.map(({ record, line }) => {
    const cells = { ...absent } as Record<string, string>;
    header.forEach((h, i) => (cells[h] = (record[i] ?? '').normalize('NFC').trim()));
    return { line, cells: cells as Record<R | O, string> };
  });
}

const PARSE_OPTIONS = { bom: true, skip_empty_lines: true, relax_column_count: false } as const;

/** How many times `char` occurs in `s`. */
function count(s: string, char: string): number {
  let n = 0;
  for (let i = s.indexOf(char); i >= 0; i = s.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * The records with the line each starts on. csv-parse counts lines only with `info`, which makes it three
 * times slower (an object per record); but when every line break is LF or CRLF and no empty line was
 * skipped, a record starts one line below the previous one plus the line breaks inside its quoted fields.
 * That is checked against the file's own line count; when it does not hold (empty lines, CR alone), the
 * file is parsed again with `info`.
 */
function recordsWithLines(text: string): { record: string[]; line: number }[] {
  const plain = parse(text, PARSE_OPTIONS) as string[][];
  if (!/\r(?!\n)/.test(text)) {
    let line = 1;
    const out = plain.map((record) => {
      const at = line;
      line += 1 + record.reduce((n, field) => n + count(field, '\n'), 0);
      return { record, line: at };
    });
    if (line - 1 === count(text, '\n') + (text.endsWith('\n') ? 0 : 1)) return out;
  }
  const withInfo = parse(text, { ...PARSE_OPTIONS, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  // `info.lines` is the line a record ends on, counting every CR and every LF inside its fields.
  return withInfo.map(({ record, info }) => ({
    record,
    line: info.lines - record.reduce((n, field) => n + count(field, '\r') + count(field, '\n'), 0),
  }));
}
