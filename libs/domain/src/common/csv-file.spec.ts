import { DomainError } from './domain-error.js';
import { readCsvFile } from './csv-file.js';

const read = (text: string | Buffer) =>
  readCsvFile(Buffer.isBuffer(text) ? text : Buffer.from(text), {
    required: ['email'],
    optional: ['display_name'],
    maxRows: 10,
  });
const lines = (text: string) => read(text).map((r) => [r.line, r.cells.email]);
const reason = (text: string | Buffer) => {
  try {
    read(text);
  } catch (error) {
    return (error as DomainError).fields[0]?.reason;
  }
  return 'read';
};

describe('readCsvFile', () => {
  it.each([
    ['LF', 'email\na@x.example\nb@x.example\n'],
    ['CRLF', 'email\r\na@x.example\r\nb@x.example\r\n'],
    ['a BOM and no final line break', '\uFEFFemail\na@x.example\nb@x.example'],
  ])('numbers the rows by the line they are on (%s)', (_, text) => {
    expect(lines(text)).toEqual([
      [2, 'a@x.example'],
      [3, 'b@x.example'],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('counts the lines inside quoted fields (%s)', (_, nl) => {
    const text = `email,display_name${nl}a@x.example,"Two${nl}lines"${nl}b@x.example,"Three${nl}whole${nl}lines"${nl}c@x.example,One${nl}`;
    expect(lines(text)).toEqual([
      [2, 'a@x.example'],
      [4, 'b@x.example'],
      [7, 'c@x.example'],
    ]);
    expect(read(text)[1]!.cells.display_name).toBe(`Three${nl}whole${nl}lines`);
  });

  it('skips empty lines and still numbers the rows right', () => {
    expect(lines('email\n\na@x.example\n\n\nb@x.example\n\n')).toEqual([
      [3, 'a@x.example'],
      [6, 'b@x.example'],
    ]);
  });

  it('reads old Mac line breaks (CR alone)', () => {
    expect(lines('email\ra@x.example\rb@x.example\r')).toEqual([
      [2, 'a@x.example'],
      [3, 'b@x.example'],
    ]);
  });

  it('reads absent optional columns as empty, and cells trimmed and NFC-normalised', () => {
    expect(read('email\n  a@x.example \n')[0]!.cells).toEqual({ email: 'a@x.example', display_name: '' });
    expect(read('email,display_name\na@x.example,Nguye\u0302\u0303n\n')[0]!.cells.display_name).toBe(
      'Nguyễn',
    );
  });

  it.each([
    ['nothing', '', /empty/],
    ['only a line break', '\n', /no header/],
    ['a missing column', 'display_name\nA\n', /missing column email/],
    ['an unknown column', 'email,name\na@x.example,A\n', /unknown column "name"/],
    ['a column twice', 'email,email\na@x.example,b@x.example\n', /twice/],
    ['no rows', 'email\n', /no rows/],
    ['too many rows', `email\n${'a@x.example\n'.repeat(11)}`, /more than 10 rows/],
    ['a broken quote', 'email\n"a@x.example\n', /not valid CSV/],
    ['bytes that are not UTF-8', Buffer.from([0x65, 0x0a, 0xff, 0x0a]), /not UTF-8/],
  ])('refuses %s, naming the file', (_, text, expected) => {
    expect(reason(text)).toMatch(expected);
  });
});
