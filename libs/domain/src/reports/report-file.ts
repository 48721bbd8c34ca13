import { fileTypeFromBuffer } from 'file-type';
import { reportFileRefused } from './reports.errors.js';

/**
 * What a report file may be, keyed by the MIME type file-type reports from the first bytes (never the
 * name or the client's Content-Type): PDF, Word, Excel, PowerPoint, OpenDocument text, and images.
 */
export const REPORT_FILE_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** How many leading bytes the sniffing reads (file-type's own sample size). */
export const REPORT_SNIFF_BYTES = 4100;

/** The allowlisted type and its extension, or REPORT.FILE_REFUSED (422, field `file`). */
export async function sniffReportFile(head: Buffer): Promise<{ mimeType: string; extension: string }> {
  if (head.length === 0) throw reportFileRefused('file', 'the file is empty');
  const detected = await fileTypeFromBuffer(head);
  if (!detected) throw reportFileRefused('file', 'the type of the file cannot be recognised');
  const extension = REPORT_FILE_TYPES[detected.mime];
  if (!extension) throw reportFileRefused('file', `files of type ${detected.mime} are not accepted`);
  return { mimeType: detected.mime, extension };
}

const BAD_NAME = /[/\\\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * The uploader's file name, NFC and trimmed, 1–200 characters, no path separators, control or bidi
 * characters, no leading dot; with the sniffed extension appended when its own is another.
 */
export function reportFileName(name: string, extension: string): string {
  const clean = name.normalize('NFC').trim();
  if (clean === '') throw reportFileRefused('fileName', 'the file name is empty');
  if ([...clean].length > 190)
    throw reportFileRefused('fileName', 'the file name is longer than 190 characters');
  if (BAD_NAME.test(clean) || clean.startsWith('.'))
    throw reportFileRefused(
      'fileName',
      'the file name contains a slash, a control character or a leading dot',
    );
  const own = clean.includes('.') ? clean.slice(clean.lastIndexOf('.') + 1).toLowerCase() : '';
  const same = own === extension || (extension === 'jpg' && own === 'jpeg');
  return same ? clean : `${clean}.${extension}`;
}
