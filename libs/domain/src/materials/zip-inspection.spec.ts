import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import {
  inspectZip,
  ZIP_LIMITS,
  ZipRefusal,
  type ZipLimits,
  type ZipRefusalReason,
  type ZipSource,
} from './zip-inspection.js';

const MiB = 1024 * 1024;

type ZipEntry = [name: string, content: string | Buffer | (() => Readable), compress?: boolean];

/**
 * A zip built by yazl, entries in the given order; a name ending in `/` is a folder, a function entry is
 * streamed, never held whole.
 */
async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, content, compress = true] of entries)
    if (name.endsWith('/')) zip.addEmptyDirectory(name, { mtime });
    else if (typeof content === 'function') zip.addReadStream(content(), name, { compress, mtime });
    else zip.addBuffer(Buffer.from(content), name, { compress, mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `mebibytes` of zeros, made from one reused 1 MiB buffer. */
const zeros = (mebibytes: number) => () => {
  const block = Buffer.alloc(MiB);
  let left = mebibytes;
  return new Readable({
    read() {
      this.push(left-- > 0 ? block : null);
    },
  });
};

/** A source over a buffer, streaming 64 KiB chunks as they are consumed, counting the bytes it delivers. */
function sourceOf(zip: Buffer) {
  const delivered = { reads: 0, bytes: 0 };
  const source: ZipSource = {
    size: zip.length,
    read: async (start, endInclusive) => {
      delivered.reads++;
      const chunks = function* () {
        for (let at = start; at <= endInclusive; at += 64 * 1024) {
          const chunk = zip.subarray(at, Math.min(at + 64 * 1024, endInclusive + 1));
          delivered.bytes += chunk.length;
          yield chunk;
        }
      };
      return Readable.from(chunks(), { objectMode: false });
    },
  };
  return { source, delivered };
}

const inspect = (zip: Buffer, limits?: Partial<ZipLimits>) => inspectZip(sourceOf(zip).source, limits);

const refusal = async (zip: Buffer, limits?: Partial<ZipLimits>): Promise<ZipRefusalReason | 'accepted'> => {
  try {
    await inspect(zip, limits);
  } catch (error) {
    if (error instanceof ZipRefusal) return error.reason;
    throw error;
  }
  return 'accepted';
};

const CENTRAL_HEADER = 0x02014b50;

/** Rewrites the central directory header of the entry `name` (offsets as in APPNOTE 4.3.12). */
function patchCentral(zip: Buffer, name: string, patch: (header: Buffer) => void): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf('PK\x01\x02'); at >= 0; at = copy.indexOf('PK\x01\x02', at + 4)) {
    const header = copy.subarray(at);
    if (header.readUInt32LE(0) !== CENTRAL_HEADER) continue;
    const nameLength = header.readUInt16LE(28);
    if (header.subarray(46, 46 + nameLength).toString() !== name) continue;
    patch(header);
    return copy;
  }
  throw new Error(`no central directory header for ${name}`);
}
/** Every occurrence of `from` (local header and central directory) replaced by `to`, of the same length. */
function renameEverywhere(zip: Buffer, from: string, to: string): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + 1)) copy.write(to, at, 'latin1');
  return copy;
}

/** The parts of a small .docx with a photo: XML that compresses well, a PNG that does not. */
const DOCX_PARTS: [string, Buffer, boolean][] = [
  [
    '[Content_Types].xml',
    Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-' +
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    true,
  ],
  ['_rels/.rels', Buffer.from('<Relationships/>'), true],
  ['docProps/', Buffer.alloc(0), false],
  [
    'word/document.xml',
    Buffer.from(`<w:document>${'<w:p><w:t>Induction</w:t></w:p>'.repeat(2000)}</w:document>`),
    true,
  ],
  ['word/media/photo.png', randomBytes(300_000), false],
];
const docxLike = () => zipOf(DOCX_PARTS);

describe('inspectZip', () => {
  /** 600 MiB of zeros in one entry: about 600 KiB of zip. Built once, streaming. */
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await zipOf([['word/document.xml', zeros(600)]]);
  });

  it('passes a docx-like zip and counts what it really unpacks to', async () => {
    const zip = await docxLike();
    expect(await inspect(zip)).toEqual({
      entries: DOCX_PARTS.length,
      uncompressedBytes: DOCX_PARTS.reduce((sum, [, content]) => sum + content.length, 0),
    });
  });

  it('refuses 600 MiB of zeros from the central directory, without reading the entry', async () => {
    const { source, delivered } = sourceOf(bomb);
    await expect(inspectZip(source)).rejects.toMatchObject({ reason: 'ratio' });
    // Only the end of the file is read: the search for the central directory reads its last 64 KiB.
    expect(delivered.bytes).toBeLessThan(70 * 1024);
    expect(bomb.length).toBeGreaterThan(500 * 1024);
  });

  it('refuses the same zeros by their declared total when ratios are not checked', async () => {
    expect(await refusal(bomb, { maxRatio: Infinity })).toBe('too-large');
  });

  it('stops decompressing an entry that holds more than it declares (a lying header)', async () => {
    const liar = patchCentral(bomb, 'word/document.xml', (h) => h.writeUInt32LE(1000, 24));
    const started = performance.now();
    await expect(inspect(liar)).rejects.toMatchObject({
      reason: 'size-mismatch',
      message: 'The file is refused: the entry "word/document.xml" declares 1000 bytes but holds more',
    });
    // Inflating all 600 MiB takes seconds; stopping at the first chunk past 1000 bytes, milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry that holds fewer bytes than it declares', async () => {
    const zip = await zipOf([['notes.txt', 'hello', false]]);
    const liar = patchCentral(zip, 'notes.txt', (h) => h.writeUInt32LE(10, 24));
    await expect(inspect(liar)).rejects.toMatchObject({
      reason: 'size-mismatch',
      message: 'The file is refused: the entry "notes.txt" declares 10 bytes but holds 5',
    });
  });

  it('refuses 10,001 tiny entries before reading any of them', async () => {
    const many = await zipOf(
      Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i): ZipEntry => [`xl/${i}.xml`, '', false]),
    );
    const { source, delivered } = sourceOf(many);
    await expect(inspectZip(source)).rejects.toMatchObject({ reason: 'too-many-entries' });
    expect(delivered.reads).toBeLessThanOrEqual(2);
  });

  it('takes exactly maxEntries entries', async () => {
    const three = await zipOf([
      ['a.xml', 'a'],
      ['b.xml', 'b'],
      ['c.xml', 'c'],
    ]);
    expect(await refusal(three, { maxEntries: 3 })).toBe('accepted');
    expect(await refusal(three, { maxEntries: 2 })).toBe('too-many-entries');
  });

  it('checks the ratio only of entries over 1 MiB', async () => {
    expect(await refusal(await zipOf([['sheet.xml', zeros(1)]]))).toBe('accepted');
    expect(await refusal(await zipOf([['sheet.xml', zeros(2)]]))).toBe('ratio');
    expect(await refusal(await zipOf([['sheet.xml', zeros(2)]]), { maxRatio: 2000 })).toBe('accepted');
  });

  it('refuses entries that add up to more than maxTotalBytes', async () => {
    const zip = await zipOf([
      ['a.bin', randomBytes(600 * 1024)],
      ['b.bin', randomBytes(600 * 1024)],
    ]);
    expect(await refusal(zip, { maxTotalBytes: MiB })).toBe('too-large');
    expect(await refusal(zip, { maxTotalBytes: 2 * MiB })).toBe('accepted');
  });

  it('refuses an encrypted entry', async () => {
    const zip = await zipOf([['word/document.xml', '<w:document/>']]);
    const encrypted = patchCentral(zip, 'word/document.xml', (h) =>
      h.writeUInt16LE(h.readUInt16LE(8) | 1, 8),
    );
    expect(await refusal(encrypted)).toBe('encrypted');
  });

  it('refuses an entry with strong (certificate) encryption', async () => {
    const zip = await zipOf([['word/document.xml', '<w:document/>']]);
    const strong = patchCentral(zip, 'word/document.xml', (h) =>
      h.writeUInt16LE(h.readUInt16LE(8) | 0x41, 8),
    );
    expect(await refusal(strong)).toBe('encrypted');
  });

  it('refuses an entry compressed other than by deflate', async () => {
    const zip = await zipOf([['word/document.xml', '<w:document/>']]);
    const bzip2 = patchCentral(zip, 'word/document.xml', (h) => h.writeUInt16LE(12, 10));
    expect(await refusal(bzip2)).toBe('unsupported-compression');
  });

  it.each([
    ['a parent-folder path', 'xx/evil.txt', '../evil.txt'],
    ['a Windows parent-folder path', 'xx_evil.txt', '..\\evil.txt'],
    ['an absolute path', 'xetc/passwd', '/etc/passwd'],
    ['a drive letter', 'xxevil.txt', 'C:evil.txt'],
  ])('refuses an entry name with %s', async (_, safe, unsafe) => {
    const zip = renameEverywhere(await zipOf([[safe, 'x']]), safe, unsafe);
    await expect(inspect(zip)).rejects.toMatchObject({
      reason: 'unsafe-name',
      message: expect.stringContaining(`an entry would be unpacked outside the zip's folder`),
    });
  });

  it('refuses a corrupt central directory', async () => {
    const zip = await docxLike();
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0, broken.indexOf('PK\x01\x02'));
    expect(await refusal(broken)).toBe('corrupt');
  });

  it('refuses entry data that does not inflate', async () => {
    const zip = await zipOf([['word/document.xml', randomBytes(1000).toString('hex')]]);
    const dataStart = 30 + 'word/document.xml'.length;
    const garbled = Buffer.from(zip);
    garbled.fill(0xff, dataStart, dataStart + 50);
    expect(await refusal(garbled)).toBe('corrupt');
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%%EOF\n')],
    ['an empty file', Buffer.alloc(0)],
    ['random bytes', randomBytes(100_000)],
  ])('refuses %s as not a zip', async (_, bytes) => {
    expect(await refusal(bytes)).toBe('corrupt');
  });

  it('refuses a truncated zip', async () => {
    const zip = await docxLike();
    expect(await refusal(zip.subarray(0, zip.length - 200))).toBe('corrupt');
  });

  it('passes a failure of the source on as itself, not as a corrupt file', async () => {
    const zip = await docxLike();
    const down = new Error('storage unavailable');
    const { source } = sourceOf(zip);
    let reads = 0;
    const failing: ZipSource = {
      size: source.size,
      read: (start, end) => (++reads > 3 ? Promise.reject(down) : source.read(start, end)),
    };
    await expect(inspectZip(failing)).rejects.toBe(down);
  });

  it('passes an error of a source stream on as itself', async () => {
    const zip = await docxLike();
    const reset = new Error('connection reset');
    const failing: ZipSource = {
      size: zip.length,
      read: async (start, end) =>
        end - start > 1000
          ? new Readable({
              read() {
                this.destroy(reset);
              },
            })
          : sourceOf(zip).source.read(start, end),
    };
    await expect(inspectZip(failing)).rejects.toBe(reset);
  });
});
