import { create as createDisposition } from 'content-disposition';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../common/domain-error.js';

/**
 * What an uploaded material file may be. The type is read from the file's first bytes, never from its name
 * or the client's Content-Type: a renamed executable is refused whatever it is called.
 */
export const MATERIAL_CATEGORIES = ['document', 'image', 'audio', 'video'] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];

export interface MaterialFileType {
  category: MaterialCategory;
  /** The file-name extensions that mean this type; the first is the one a download gets when its name has none. */
  extensions: readonly string[];
}

/**
 * The allowlist, keyed by the MIME type file-type 22 reports (not by what a browser would send): JPEG is
 * `image/jpeg` with extension `jpg`; an M4A is `audio/x-m4a` (brand `M4A `) or `audio/mp4` (other audio
 * brands); Ogg audio is `audio/ogg`, or `audio/ogg; codecs=opus` for Opus; an animated PNG is `image/apng`.
 * Office files are zips that file-type recognises by `[Content_Types].xml` (OOXML) or `mimetype` (ODF);
 * a macro-enabled one (`.docm`, `.xlsm`) has a MIME type of its own and so is not here.
 */
export const MATERIAL_FILE_TYPES = {
  'application/pdf': { category: 'document', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    category: 'document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    category: 'document',
    extensions: ['xlsx'],
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    category: 'document',
    extensions: ['pptx'],
  },
  'application/vnd.oasis.opendocument.text': { category: 'document', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { category: 'document', extensions: ['ods'] },
  'application/vnd.oasis.opendocument.presentation': { category: 'document', extensions: ['odp'] },
  'image/png': { category: 'image', extensions: ['png'] },
  'image/apng': { category: 'image', extensions: ['png', 'apng'] },
  'image/jpeg': { category: 'image', extensions: ['jpg', 'jpeg'] },
  'image/gif': { category: 'image', extensions: ['gif'] },
  'image/webp': { category: 'image', extensions: ['webp'] },
  'audio/mpeg': { category: 'audio', extensions: ['mp3'] },
  'audio/x-m4a': { category: 'audio', extensions: ['m4a'] },
  'audio/mp4': { category: 'audio', extensions: ['m4a', 'm4b'] },
  'audio/ogg': { category: 'audio', extensions: ['ogg', 'oga'] },
  'audio/ogg; codecs=opus': { category: 'audio', extensions: ['ogg', 'opus'] },
  'audio/wav': { category: 'audio', extensions: ['wav'] },
  'video/mp4': { category: 'video', extensions: ['mp4'] },
  'video/webm': { category: 'video', extensions: ['webm'] },
} as const satisfies Record<string, MaterialFileType>;

export type MaterialMimeType = keyof typeof MATERIAL_FILE_TYPES;

/**
 * How many leading bytes `sniffFileType` needs: file-type's own sample size (its
 * `reasonableDetectionSizeInBytes`, not in its typings). Enough for every type above; an office zip is
 * known by its `[Content_Types].xml` or `mimetype` entry when that comes first (as Office writes it, and
 * as ODF requires), else by a `word/`, `xl/` or `ppt/` entry within those bytes.
 */
export const SNIFF_BYTES = 4100;

export const MATERIAL_FILE_REFUSALS = [
  'empty',
  'unknown-type',
  'not-allowed',
  'name-empty',
  'name-too-long',
  'name-invalid-character',
  'name-leading-dot',
] as const;
export type MaterialFileRefusalReason = (typeof MATERIAL_FILE_REFUSALS)[number];

/** A file or file name Kenshu does not keep (MATERIAL.FILE_REFUSED, 422); `reason` says which rule. */
export class MaterialFileRefusal extends DomainError {
  constructor(
    readonly reason: MaterialFileRefusalReason,
    message: string,
  ) {
    super('MATERIAL.FILE_REFUSED', `The file is refused: ${message}`, [
      { field: reason.startsWith('name-') ? 'fileName' : 'file', reason: message },
    ]);
    this.name = 'MaterialFileRefusal';
  }
}

export interface SniffedFile extends MaterialFileType {
  mimeType: MaterialMimeType;
}

/**
 * The allowlisted type of a file from its first bytes (`SNIFF_BYTES` of them, or the whole file if it is
 * shorter). Refused: no bytes (`empty`), bytes file-type does not recognise — plain text, HTML, a script
 * (`unknown-type`) — and a recognised type that is not on the list: an executable (ELF, Windows PE), a
 * plain or other zip, a macro-enabled office file (`not-allowed`).
 */
export async function sniffFileType(head: Buffer): Promise<SniffedFile> {
  if (head.length === 0) throw new MaterialFileRefusal('empty', 'the file is empty');
  const detected = await fileTypeFromBuffer(head);
  if (!detected) throw new MaterialFileRefusal('unknown-type', 'the type of the file cannot be recognised');
  if (!Object.hasOwn(MATERIAL_FILE_TYPES, detected.mime))
    throw new MaterialFileRefusal('not-allowed', `files of type ${detected.mime} are not accepted`);
  const mimeType = detected.mime as MaterialMimeType;
  return { mimeType, ...MATERIAL_FILE_TYPES[mimeType] };
}

export const FILE_NAME_MAX_CHARS = 200;

/**
 * Bidirectional overrides and isolates: `invoice\u202Efdp.exe` shows as `invoiceexe.pdf`. They are format
 * characters, not controls, so `\p{Cc}` does not catch them; emoji joiners (also format characters) stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * A file name as given by the uploader, NFC-normalised and trimmed, fit to store and to offer back in a
 * download: 1–200 characters (code points), no path separators (`/`, `\`), no control or bidi characters,
 * and no leading dot (which also rules out `.` and `..`, and hidden files on Unix).
 */
export function checkFileName(name: string): string {
  const clean = name.normalize('NFC').trim();
  if (clean === '') throw new MaterialFileRefusal('name-empty', 'the file name is empty');
  if ([...clean].length > FILE_NAME_MAX_CHARS)
    throw new MaterialFileRefusal(
      'name-too-long',
      `the file name is longer than ${FILE_NAME_MAX_CHARS} characters`,
    );
  if (/[/\\\p{Cc}]/u.test(clean) || BIDI_CONTROLS.test(clean))
    throw new MaterialFileRefusal(
      'name-invalid-character',
      'the file name contains a slash, a backslash or a control character',
    );
  if (clean.startsWith('.'))
    throw new MaterialFileRefusal('name-leading-dot', 'the file name starts with a dot');
  return clean;
}

/** `jpg` also means `jpeg`: every extension listed beside `extension` for a type that lists it. */
function sameTypeExtensions(extension: string): Set<string> {
  const wanted = extension.toLowerCase();
  const types: readonly MaterialFileType[] = Object.values(MATERIAL_FILE_TYPES);
  const sharing = types.filter((t) => t.extensions.includes(wanted)).flatMap((t) => t.extensions);
  return new Set([wanted, ...sharing]);
}

/**
 * The name a download is offered under: the stored name, with the sniffed `extension` appended when the
 * name's own extension (case aside) does not mean the same type — `report` and `report.txt` become
 * `report.pdf` and `report.txt.pdf`, while `Report.PDF` and `photo.jpeg` (for `jpg`) stay as they are.
 */
export function downloadName(fileName: string, extension: string): string {
  const dot = fileName.lastIndexOf('.');
  const own = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return sameTypeExtensions(extension).has(own) ? fileName : `${fileName}.${extension}`;
}

/**
 * The file name in printable ASCII for clients that ignore `filename*`: accents dropped (`Café` → `Cafe`),
 * any other run of non-ASCII characters as one `_`.
 */
function asciiFallback(fileName: string): string {
  return fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]+/g, '_');
}

/**
 * The `Content-Disposition` header for a download (`attachment`) or an in-browser view (`inline`): an
 * ASCII `filename` and, when the name is not plain ASCII, the exact name as RFC 8187 `filename*`.
 */
export function contentDisposition(fileName: string, inline = false): string {
  const fallback = asciiFallback(fileName);
  return createDisposition(fileName, {
    type: inline ? 'inline' : 'attachment',
    fallback: fallback === fileName || fallback,
  });
}
