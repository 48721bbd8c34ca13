import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DomainError } from '../common/domain-error.js';

/**
 * A zip (an office file: .docx, .xlsx, .pptx, .odt …) read by byte ranges, so it is inspected where it is
 * stored without being loaded whole: `read` streams the bytes `start` to `endInclusive`.
 */
export interface ZipSource {
  size: number;
  read(start: number, endInclusive: number): Promise<Readable>;
}

export interface ZipLimits {
  maxEntries: number;
  /** The most bytes all entries may hold together once decompressed. */
  maxTotalBytes: number;
  /** The most an entry may expand (uncompressed ÷ compressed), for entries over `RATIO_CHECKED_FROM_BYTES`. */
  maxRatio: number;
}

/** Generous for office files: a large workbook has a few hundred entries and some tens of MiB of XML. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 200 };

/** Small entries may expand a lot (an empty sheet's XML is mostly repetition) and cost nothing. */
export const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

export const ZIP_REFUSALS = [
  'corrupt',
  'too-many-entries',
  'too-large',
  'ratio',
  'encrypted',
  'unsafe-name',
  'unsupported-compression',
  'size-mismatch',
] as const;
export type ZipRefusalReason = (typeof ZIP_REFUSALS)[number];

/** A zip that is unsafe or unreadable to unpack (MATERIAL.FILE_REFUSED, 422); `reason` says which rule. */
export class ZipRefusal extends DomainError {
  constructor(
    readonly reason: ZipRefusalReason,
    message: string,
  ) {
    super('MATERIAL.FILE_REFUSED', `The file is refused: ${message}`, [{ field: 'file', reason: message }]);
    this.name = 'ZipRefusal';
  }
}

export interface ZipSummary {
  entries: number;
  /** Bytes of all entries, as counted while decompressing them. */
  uncompressedBytes: number;
}

/**
 * yauzl's reader over a `ZipSource`. yauzl asks for [start, end) synchronously; the source answers later,
 * so the range is a stream that starts when the source's does. A failure of the source (storage down) is
 * kept, so that it is reported as itself and not as a corrupt file.
 */
class SourceReader extends yauzl.RandomAccessReader {
  sourceError: unknown;

  constructor(private readonly source: ZipSource) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const bytes = async function* (this: SourceReader) {
      try {
        yield* await this.source.read(start, end - 1);
      } catch (error) {
        this.sourceError ??= error;
        throw error;
      }
    };
    return Readable.from(bytes.call(this), { objectMode: false });
  }
}

const DEFLATE = 8;
const STORED = 0;
const inMiB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;

/**
 * Checks a zip before Kenshu keeps it, against decompression bombs and hostile archives. First the
 * central directory, before any entry is decompressed: at most `maxEntries` entries, no encrypted entry,
 * only stored or deflated entries, no entry expanding more than `maxRatio` times (above 1 MiB), at most
 * `maxTotalBytes` declared in all; unsafe names (`..`, absolute paths) are refused by yauzl as it reads
 * them. Then every entry is decompressed and its bytes counted — sizes in a zip are only claims — and the
 * file is refused the moment an entry yields more (or, at its end, fewer) bytes than it declared; so the
 * bytes really inflated never pass the declared total, which is within `maxTotalBytes`. Whatever else
 * yauzl cannot read is `corrupt`; a failure of the source itself is rethrown unchanged.
 */
export async function inspectZip(source: ZipSource, limits: Partial<ZipLimits> = {}): Promise<ZipSummary> {
  const reader = new SourceReader(source);
  try {
    return await inspect(reader, source.size, { ...ZIP_LIMITS, ...limits });
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    if (reader.sourceError !== undefined) throw reader.sourceError;
    throw refusalOf(error);
  }
}

async function inspect(reader: SourceReader, size: number, limits: ZipLimits): Promise<ZipSummary> {
  // Entry sizes are checked here, not by yauzl, so that a lie is a `size-mismatch` refusal.
  const zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
    autoClose: false,
    validateEntrySizes: false,
  });
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipRefusal('too-many-entries', `the zip has more than ${limits.maxEntries} entries`);
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      checkEntry(entry, limits);
      declared += entry.uncompressedSize;
      if (declared > limits.maxTotalBytes)
        throw new ZipRefusal('too-large', `the zip would unpack to more than ${inMiB(limits.maxTotalBytes)}`);
      entries.push(entry);
    }
    let inflated = 0;
    for (const entry of entries) inflated += await countBytes(zip, entry);
    return { entries: entries.length, uncompressedBytes: inflated };
  } finally {
    zip.close();
  }
}

function checkEntry(entry: yauzl.Entry, limits: ZipLimits): void {
  const name = JSON.stringify(entry.fileName);
  if (entry.isEncrypted()) throw new ZipRefusal('encrypted', `the entry ${name} is encrypted`);
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATE)
    throw new ZipRefusal(
      'unsupported-compression',
      `the entry ${name} uses compression method ${entry.compressionMethod}`,
    );
  if (
    entry.uncompressedSize > RATIO_CHECKED_FROM_BYTES &&
    entry.uncompressedSize > limits.maxRatio * entry.compressedSize
  )
    throw new ZipRefusal(
      'ratio',
      `the entry ${name} expands more than ${limits.maxRatio} times (${entry.compressedSize} to ` +
        `${entry.uncompressedSize} bytes)`,
    );
}

/** The entry's bytes, decompressed and counted; refused as soon as they pass what the entry declared. */
async function countBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  const lie = (actual: string) =>
    new ZipRefusal(
      'size-mismatch',
      `the entry ${JSON.stringify(entry.fileName)} declares ${entry.uncompressedSize} bytes but holds ${actual}`,
    );
  const stream = await zip.openReadStreamPromise(entry);
  let count = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    count += chunk.length;
    if (count > entry.uncompressedSize) throw lie('more'); // leaving the loop destroys the stream
  }
  if (count !== entry.uncompressedSize) throw lie(`${count}`);
  return count;
}

/** yauzl's own refusals of entry names and of strong encryption; anything else it raises is `corrupt`. */
function refusalOf(error: unknown): ZipRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (/^(absolute path|invalid relative path):/.test(message))
    return new ZipRefusal('unsafe-name', `an entry would be unpacked outside the zip's folder (${message})`);
  if (message.startsWith('strong encryption')) return new ZipRefusal('encrypted', 'an entry is encrypted');
  return new ZipRefusal('corrupt', `the zip cannot be read (${message})`);
}
