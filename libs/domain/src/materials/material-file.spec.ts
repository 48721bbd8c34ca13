import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { parse as parseDisposition } from 'content-disposition';
import yazl from 'yazl';
import {
  checkFileName,
  contentDisposition,
  downloadName,
  MaterialFileRefusal,
  sniffFileType,
  SNIFF_BYTES,
  type MaterialFileRefusalReason,
} from './material-file.js';

// ---- Real file heads, built byte by byte ----

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
/** A complete 1×1 grey PNG. */
const png = () => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
};
const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
/** An ISO BMFF `ftyp` box with the given major brand, then a `free` box. */
const isoMedia = (brand: string) => {
  const box = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  const brands = Buffer.from(`${brand}\0\0\0\0${brand}isom`, 'latin1');
  return Buffer.concat([box('ftyp', brands), box('free', Buffer.alloc(8))]);
};
const riff = (form: string, body: string) => {
  const head = Buffer.alloc(12);
  head.write('RIFF');
  head.writeUInt32LE(4 + body.length, 4);
  head.write(form, 8);
  return Buffer.concat([head, Buffer.from(body, 'latin1')]);
};
/** The first Ogg page, whose packet starts with the codec's identification header. */
const ogg = (codecId: string) => {
  const page = Buffer.alloc(28);
  page.write('OggS');
  page[5] = 2; // beginning of stream
  page[26] = 1; // one segment
  page[27] = codecId.length;
  return Buffer.concat([page, Buffer.from(codecId, 'latin1'), Buffer.alloc(30)]);
};
/** An EBML header with only a DocType element. */
const ebml = (docType: string) => {
  const element = Buffer.concat([Buffer.from([0x42, 0x82, 0x80 | docType.length]), Buffer.from(docType)]);
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | element.length]), element]);
};
const elf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
const windowsPe = () => {
  const dos = Buffer.alloc(128);
  dos.write('MZ');
  dos.writeUInt32LE(64, 0x3c); // e_lfanew: the PE header follows the DOS stub
  dos.write('PE\0\0', 64, 'latin1');
  return dos;
};

type ZipEntry = [name: string, content: string | Buffer, compress?: boolean];
/** A zip built by yazl, entries in the given order. */
async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content, compress = true] of entries)
    zip.addBuffer(Buffer.from(content), name, { compress, mtime: new Date('2026-01-01T00:00:00Z') });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `[Content_Types].xml` as Office writes it, naming the main part's type. */
const contentTypes = (mainPart: string, mainType: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="${mainPart}" ContentType="${mainType}.main+xml"/></Types>`;
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const documentXml = (text: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/' +
  `wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
const docx = (text = 'Safety induction') =>
  zipOf([
    ['[Content_Types].xml', contentTypes('/word/document.xml', WORD)],
    ['_rels/.rels', '<Relationships/>'],
    ['word/document.xml', documentXml(text)],
  ]);
const odf = (mimeType: string) =>
  zipOf([
    ['mimetype', mimeType, false],
    ['content.xml', '<office:document-content/>'],
  ]);

// ---- Helpers ----

const refusal = async (run: () => unknown): Promise<MaterialFileRefusalReason | 'accepted'> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof MaterialFileRefusal) return error.reason;
    throw error;
  }
  return 'accepted';
};

describe('sniffFileType', () => {
  it.each<[string, () => Buffer | Promise<Buffer>, string, string]>([
    ['a PDF', pdf, 'application/pdf', 'document'],
    ['a PNG', png, 'image/png', 'image'],
    [
      'a JPEG',
      () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
      'image/jpeg',
      'image',
    ],
    ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/gif', 'image'],
    ['a WebP', () => riff('WEBP', 'VP8 \0\0\0\0'), 'image/webp', 'image'],
    [
      'an MP3',
      () => Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]),
      'audio/mpeg',
      'audio',
    ],
    ['an M4A', () => isoMedia('M4A '), 'audio/x-m4a', 'audio'],
    ['an M4B audiobook', () => isoMedia('M4B '), 'audio/mp4', 'audio'],
    ['an Ogg Vorbis file', () => ogg('\x01vorbis\0\0\0\0'), 'audio/ogg', 'audio'],
    ['an Ogg Opus file', () => ogg('OpusHead\x01\x02'), 'audio/ogg; codecs=opus', 'audio'],
    ['a WAV', () => riff('WAVE', 'fmt \x10\0\0\0'), 'audio/wav', 'audio'],
    ['an MP4', () => isoMedia('isom'), 'video/mp4', 'video'],
    ['a WebM', () => ebml('webm'), 'video/webm', 'video'],
    ['a .docx', () => docx(), WORD, 'document'],
    [
      'a .xlsx',
      () =>
        zipOf([
          [
            '[Content_Types].xml',
            contentTypes(
              '/xl/workbook.xml',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            ),
          ],
          ['xl/workbook.xml', '<workbook/>'],
        ]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'document',
    ],
    [
      'a .pptx',
      () =>
        zipOf([
          [
            '[Content_Types].xml',
            contentTypes(
              '/ppt/presentation.xml',
              'application/vnd.openxmlformats-officedocument.presentationml.presentation',
            ),
          ],
          ['ppt/presentation.xml', '<presentation/>'],
        ]),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'document',
    ],
    [
      'an .odt',
      () => odf('application/vnd.oasis.opendocument.text'),
      'application/vnd.oasis.opendocument.text',
      'document',
    ],
    [
      'an .ods',
      () => odf('application/vnd.oasis.opendocument.spreadsheet'),
      'application/vnd.oasis.opendocument.spreadsheet',
      'document',
    ],
    [
      'an .odp',
      () => odf('application/vnd.oasis.opendocument.presentation'),
      'application/vnd.oasis.opendocument.presentation',
      'document',
    ],
  ])('accepts %s as what file-type reports', async (_, bytes, mimeType, category) => {
    const sniffed = await sniffFileType(await bytes());
    expect(sniffed).toMatchObject({ mimeType, category });
  });

  it('gives each type its extensions, the one to append first', async () => {
    expect(await sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual({
      mimeType: 'image/jpeg',
      category: 'image',
      extensions: ['jpg', 'jpeg'],
    });
  });

  it('recognises a .docx from its first SNIFF_BYTES bytes alone', async () => {
    const large = await docx(randomBytes(30_000).toString('base64'));
    expect(large.length).toBeGreaterThan(SNIFF_BYTES * 5);
    expect((await sniffFileType(large.subarray(0, SNIFF_BYTES))).mimeType).toBe(WORD);
  });

  it('recognises a .docx whose [Content_Types].xml comes last, by its word/ folder', async () => {
    const contentLast = await zipOf([
      ['_rels/.rels', '<Relationships/>'],
      ['word/document.xml', documentXml(randomBytes(30_000).toString('base64'))],
      ['[Content_Types].xml', contentTypes('/word/document.xml', WORD)],
    ]);
    expect((await sniffFileType(contentLast.subarray(0, SNIFF_BYTES))).mimeType).toBe(WORD);
  });

  it.each<[string, () => Buffer | Promise<Buffer>, MaterialFileRefusalReason]>([
    ['an empty file', () => Buffer.alloc(0), 'empty'],
    ['plain text', () => Buffer.from('Dear trainees,\nplease read chapter 3.\n'), 'unknown-type'],
    ['HTML', () => Buffer.from('<!doctype html><script>alert(1)</script>'), 'unknown-type'],
    ['a shell script', () => Buffer.from('#!/bin/sh\nrm -rf /\n'), 'unknown-type'],
    // file-type knows both executable formats, so they are refused as known types, not unknown ones.
    ['an ELF executable (named .pdf or not)', elf, 'not-allowed'],
    ['a Windows PE executable', windowsPe, 'not-allowed'],
    ['a zip that is not an office file', () => zipOf([['notes.txt', 'hello']]), 'not-allowed'],
    [
      'a macro-enabled .docm',
      () =>
        zipOf([
          [
            '[Content_Types].xml',
            contentTypes('/word/document.xml', 'application/vnd.ms-word.document.macroEnabled'),
          ],
          ['word/document.xml', documentXml('macro')],
        ]),
      'not-allowed',
    ],
    ['an XML file', () => Buffer.from('<?xml version="1.0"?><svg/>'), 'not-allowed'],
  ])('refuses %s', async (_, bytes, reason) => {
    expect(await refusal(async () => sniffFileType(await bytes()))).toBe(reason);
  });

  it('names the refused type in the message, as a 422 about the file', async () => {
    const error = await sniffFileType(windowsPe()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaterialFileRefusal);
    expect(error).toMatchObject({
      code: 'MATERIAL.FILE_REFUSED',
      message: 'The file is refused: files of type application/x-msdownload are not accepted',
      fields: [{ field: 'file', reason: 'files of type application/x-msdownload are not accepted' }],
    });
  });
});

describe('checkFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['  spaced out.pdf  ', 'spaced out.pdf'],
    ['レポート.pdf', 'レポート.pdf'],
    ['Ảnh đẹp 👩‍🏫.png', 'Ảnh đẹp 👩‍🏫.png'],
    ['no extension', 'no extension'],
    ['a'.repeat(196) + '.pdf', 'a'.repeat(196) + '.pdf'],
  ])('keeps %j', (name, clean) => {
    expect(checkFileName(name)).toBe(clean);
  });

  it('stores the NFC form: a decomposed é (as macOS sends it) becomes one code point', () => {
    const decomposed = 'Cafe\u0301.pdf';
    expect(checkFileName(decomposed)).toBe('Caf\u00e9.pdf');
    expect(checkFileName(decomposed)).toHaveLength(8);
  });

  it('counts characters, not UTF-16 units: 200 emoji fit', () => {
    expect(checkFileName('📄'.repeat(200))).toBe('📄'.repeat(200));
  });

  it.each<[string, MaterialFileRefusalReason]>([
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['a'.repeat(197) + '.pdf', 'name-too-long'],
    ['../../etc/passwd', 'name-invalid-character'],
    ['reports/q1.pdf', 'name-invalid-character'],
    ['..\\..\\windows\\system.ini', 'name-invalid-character'],
    ['a\u0000b', 'name-invalid-character'],
    ['line\nbreak.pdf', 'name-invalid-character'],
    ['tab\there.pdf', 'name-invalid-character'],
    ['del\u007f.pdf', 'name-invalid-character'],
    ['invoice\u202Efdp.exe', 'name-invalid-character'],
    ['.', 'name-leading-dot'],
    ['..', 'name-leading-dot'],
    ['.htaccess', 'name-leading-dot'],
    ['  .env', 'name-leading-dot'],
  ])('refuses %j (%s)', async (name, reason) => {
    expect(await refusal(() => checkFileName(name))).toBe(reason);
  });

  it('reports a name refusal against the file name', () => {
    expect(() => checkFileName('..')).toThrow(
      expect.objectContaining({ fields: [{ field: 'fileName', reason: 'the file name starts with a dot' }] }),
    );
  });
});

describe('downloadName', () => {
  it.each([
    ['report.pdf', 'pdf', 'report.pdf'],
    ['Report.PDF', 'pdf', 'Report.PDF'],
    ['report', 'pdf', 'report.pdf'],
    ['report.txt', 'pdf', 'report.txt.pdf'],
    ['photo.jpeg', 'jpg', 'photo.jpeg'],
    ['photo.JPG', 'jpg', 'photo.JPG'],
    ['anim.png', 'png', 'anim.png'],
    ['voice.opus', 'ogg', 'voice.opus'],
    ['v1.2', 'docx', 'v1.2.docx'],
    ['レポート', 'pdf', 'レポート.pdf'],
  ])('offers %j sniffed as %s under %j', (name, extension, offered) => {
    expect(downloadName(name, extension)).toBe(offered);
  });
});

describe('contentDisposition', () => {
  it('sends a plain ASCII name as it is', () => {
    expect(contentDisposition('report.pdf')).toBe('attachment; filename=report.pdf');
    expect(contentDisposition('report.pdf', true)).toBe('inline; filename=report.pdf');
  });

  it('gives a Japanese name an ASCII fallback and the exact name as filename*', () => {
    const header = contentDisposition('レポート.pdf');
    expect(header).toBe(
      `attachment; filename=_.pdf; filename*=UTF-8''%E3%83%AC%E3%83%9D%E3%83%BC%E3%83%88.pdf`,
    );
    expect(parseDisposition(header).parameters.filename).toBe('レポート.pdf');
  });

  it('keeps the letters of accented names in the fallback', () => {
    const header = contentDisposition('Café – Ærø.pdf', true);
    expect(header).toMatch(/^inline; filename="Cafe _ _r_\.pdf"; filename\*=UTF-8''/);
    expect(parseDisposition(header)).toEqual({ type: 'inline', parameters: { filename: 'Café – Ærø.pdf' } });
  });

  it('quotes what would end the parameter', () => {
    const header = contentDisposition('the "final" notes; v2.pdf');
    expect(parseDisposition(header).parameters.filename).toBe('the "final" notes; v2.pdf');
  });
});
