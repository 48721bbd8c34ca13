import type { MailLanguage } from './mail-language.js';

/** One row of a key/value list. Rows without a value are left out, so a template can list optional facts. */
export type MailFact = readonly [label: string, value: string | null | undefined];

/** What an email body is made of; a bare string is a paragraph (line breaks in it are kept). */
export type MailBlock =
  string | { heading: string } | { facts: readonly MailFact[] } | { action: string; href: string };

/**
 * One email in one language. `null` blocks and empty paragraphs are skipped, so a template can write
 * `cond ? block : null` or pass an optional text as it is.
 */
export interface MailContent {
  subject: string;
  greeting: string;
  body: readonly (MailBlock | null)[];
  /** Small print under a rule: why the message came, what to do if it was not expected. */
  footer?: readonly string[];
}

/** A link in an email that is not an absolute http(s) URL: a bug in the caller, never sent. */
export class UnsafeMailLinkError extends Error {
  constructor(href: string) {
    super(`an email link must be an absolute http(s) URL, not ${JSON.stringify(href.slice(0, 80))}`);
    this.name = 'UnsafeMailLinkError';
  }
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const present = (facts: readonly MailFact[]) =>
  facts.filter((f): f is readonly [string, string] => f[1] !== null && f[1] !== undefined && f[1] !== '');

function checkedHref(href: string): string {
  if (!/^https?:\/\/\S+$/i.test(href)) throw new UnsafeMailLinkError(href);
  return href;
}

function textOf(block: MailBlock): string | null {
  if (typeof block === 'string') return block;
  if ('heading' in block) return block.heading;
  if ('facts' in block) {
    const rows = present(block.facts);
    return rows.length ? rows.map(([label, value]) => `${label}: ${value}`).join('\n') : null;
  }
  return `${block.action}: ${checkedHref(block.href)}`;
}

/**
 * Inline styles only: many mail clients drop <style> and <link>. Fonts are the reader's system fonts
 * (with Japanese ones named, so kana and kanji do not fall back to a serif), 16px text in a column at
 * most 560px wide that narrows with the screen, and colours that keep a contrast of at least 4.5:1.
 */
const FONT = `-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif`;
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f3f4f6;',
  column: `max-width:560px;margin:0 auto;padding:24px 20px;background-color:#ffffff;color:#1f2937;font-family:${FONT};font-size:16px;line-height:1.6;`,
  p: 'margin:0 0 16px;',
  heading: 'margin:24px 0 12px;font-size:20px;line-height:1.3;color:#111827;',
  dl: 'margin:0 0 16px;',
  dt: 'margin:0;font-weight:bold;',
  dd: 'margin:0 0 8px;',
  action: 'margin:24px 0 8px;',
  button:
    'display:inline-block;padding:12px 24px;border-radius:6px;background-color:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:none;',
  url: 'margin:0 0 16px;font-size:14px;color:#4b5563;word-break:break-all;',
  link: 'color:#1d4ed8;',
  footer: 'margin:32px 0 0;padding-top:16px;border-top:1px solid #e5e7eb;font-size:14px;color:#4b5563;',
  small: 'margin:0 0 8px;',
};

const paragraph = (text: string, style = STYLE.p) =>
  `<p style="${style}">${escapeHtml(text).replace(/\r?\n/g, '<br>\n')}</p>`;

function htmlOf(block: MailBlock): string | null {
  if (typeof block === 'string') return paragraph(block);
  if ('heading' in block) return `<h2 style="${STYLE.heading}">${escapeHtml(block.heading)}</h2>`;
  if ('facts' in block) {
    const rows = present(block.facts);
    if (!rows.length) return null;
    const items = rows.map(
      ([label, value]) =>
        `<dt style="${STYLE.dt}">${escapeHtml(label)}</dt><dd style="${STYLE.dd}">${escapeHtml(value)}</dd>`,
    );
    return `<dl style="${STYLE.dl}">\n${items.join('\n')}\n</dl>`;
  }
  const href = escapeHtml(checkedHref(block.href));
  // The address is written out under the button too: for clients that show no buttons, and for copying.
  return (
    `<p style="${STYLE.action}"><a href="${href}" style="${STYLE.button}">${escapeHtml(block.action)}</a></p>\n` +
    `<p style="${STYLE.url}"><a href="${href}" style="${STYLE.link}">${href}</a></p>`
  );
}

/** The one layout of every Kenshu email: the same content as a plain-text part and an HTML part. */
export function renderMail(lang: MailLanguage, content: MailContent): { text: string; html: string } {
  const blocks = content.body.filter((b): b is MailBlock => b !== null && b !== '');
  const footer = content.footer ?? [];

  const text = [
    content.greeting,
    ...blocks.map(textOf).filter((t): t is string => t !== null),
    ...(footer.length ? [footer.join('\n')] : []),
  ].join('\n\n');

  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="${STYLE.body}">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(content.subject)}" style="${STYLE.column}">
${[
  paragraph(content.greeting),
  ...blocks.map(htmlOf).filter((h): h is string => h !== null),
  ...(footer.length
    ? [
        `<div style="${STYLE.footer}">\n${footer.map((line) => paragraph(line, STYLE.small)).join('\n')}\n</div>`,
      ]
    : []),
].join('\n')}
</div>
</body>
</html>
`;
  return { text: `${text}\n`, html };
}
