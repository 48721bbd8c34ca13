import type { MailMessage } from '@kenshu/mail';
import { renderMail, type MailContent } from './mail-layout.js';
import { chooseMailLanguage, formatInstant, formatSize, type MailLanguage } from './mail-language.js';

/** What the data of every email carries about its recipient. */
export interface MailRecipient {
  to: string;
  /** BCP 47, as stored on the user (`ja-JP`): the first choice of language. */
  locale: string;
  /** Languages to try in order when Kenshu has no text in the locale's own, e.g. a trainee's `['km', 'en']`. */
  fallbackLanguages?: readonly string[];
  /** IANA zone that times are written in. */
  timeZone: string;
  idempotencyKey: string;
}

/** Dates and numbers as the chosen language writes them, times in the recipient's zone unless told. */
export interface MailFormat {
  readonly lang: MailLanguage;
  instant(at: Date, timeZone?: string): string;
  size(bytes: number): string;
}

/** One language of a template: the content of the email for this data. */
export type MailWriter<Data> = (d: Data, f: MailFormat) => MailContent;

/**
 * A template, written once per mail language (a language missing from it fails to compile), and the
 * function that builds its message: the language chosen for the recipient, rendered by the one layout
 * into a plain-text and an HTML part. The caller may add attachments to the message.
 */
export function defineMailTemplate<Data extends MailRecipient>(
  writers: Record<MailLanguage, MailWriter<Data>>,
): (d: Data) => MailMessage {
  return (d) => {
    const lang = chooseMailLanguage(d.locale, d.fallbackLanguages);
    const content = writers[lang](d, {
      lang,
      instant: (at, timeZone = d.timeZone) => formatInstant(at, lang, timeZone),
      size: (bytes) => formatSize(bytes, lang),
    });
    return {
      to: d.to,
      subject: content.subject,
      ...renderMail(lang, content),
      idempotencyKey: d.idempotencyKey,
    };
  };
}
