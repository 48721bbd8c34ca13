import sanitizeHtml from 'sanitize-html';
import { DomainError } from '../common/domain-error.js';

/** The most characters a text material's HTML may have, as sent and as stored. */
export const RICH_TEXT_MAX_CHARS = 100_000;
export const LINK_URL_MAX_CHARS = 2_000;

/** What a text material is written with: paragraphs, emphasis, lists, headings, quotes, code, links, tables. */
export const RICH_TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/**
 * Elements that run code, style the page, embed or load other content, take input, or that parsers treat
 * in odd ways (raw-text elements, foreign SVG and MathML content). Sanitising would drop them anyway; they
 * are refused instead, so that neither the author nor a reviewer is left believing they were kept.
 */
const REFUSED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'img',
  'image',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'map',
  'area',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
]);

/** Attributes whose value a browser follows as a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'background',
  'poster',
  'cite',
  'codebase',
  'longdesc',
  'ping',
  'lowsrc',
  'dynsrc',
]);

/** A value as a browser reads a URL scheme: spaces and control characters (`java\tscript:`) ignored. */
const compact = (value: string) => value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
const SCRIPT_SCHEME = /^(javascript|vbscript|data):/;

export const RICH_TEXT_REFUSALS = ['not-allowed', 'too-long'] as const;
export type RichTextRefusalReason = (typeof RICH_TEXT_REFUSALS)[number];

/**
 * A text material that is refused (MATERIAL.INVALID, 422). The message is a phrase about the `html`
 * field (`contains what a text may not have: <script>, onclick`); `found` lists each thing refused once.
 */
export class RichTextRefusal extends DomainError {
  constructor(
    readonly reason: RichTextRefusalReason,
    message: string,
    readonly found: readonly string[] = [],
  ) {
    super('MATERIAL.INVALID', message, [{ field: 'html', reason: message }]);
    this.name = 'RichTextRefusal';
  }
}

/**
 * Why `url` may not be a link material (or a link in a text), or null when it may: an absolute http(s) URL
 * as typed (no spaces or control characters, with `//`), without a user name or password (which would be
 * shown to every reader, and are the trick of `https://bank.example@evil.example`), at most 2,000
 * characters. `javascript:`, `data:`, `file:` and relative URLs are refused by the first rule.
 */
export function checkLinkUrl(url: string): string | null {
  if (url.length > LINK_URL_MAX_CHARS) return `must be at most ${LINK_URL_MAX_CHARS} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return 'must not contain spaces or control characters';
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return 'must be an absolute http or https URL';
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') return 'must not contain a user name or password';
  return null;
}

/** A link in a text goes to the web (as `checkLinkUrl` allows) or opens an email. */
const linkAllowed = (href: string) =>
  /^mailto:[^\s\p{Cc}]+$/iu.test(href) ? URL.canParse(href) : checkLinkUrl(href) === null;

/** What in one element is refused, as the author would recognise it: `<script>`, `onclick`, `javascript: URL`. */
function refusedIn(tag: string, attributes: Record<string, string>): string[] {
  const found = REFUSED_TAGS.has(tag) ? [`<${tag}>`] : [];
  for (const [name, value] of Object.entries(attributes)) {
    const scheme = SCRIPT_SCHEME.exec(compact(value))?.[1];
    if (name.startsWith('on')) found.push(name);
    else if (URL_ATTRIBUTES.has(name) && scheme) found.push(`${scheme}: URL`);
    else if (name === 'style' && /expression\(|javascript:|vbscript:/.test(compact(value)))
      found.push('script in a style attribute');
    else if (tag === 'a' && name === 'href' && !linkAllowed(value))
      found.push(`link to ${JSON.stringify(value.slice(0, 80))} (only http, https and mailto)`);
  }
  return found;
}

export interface RichText {
  /** The HTML to store: only `RICH_TEXT_TAGS`, `href` the only attribute. */
  html: string;
  /** Characters of text once the tags are taken away. */
  textLength: number;
}

const tooLong = () =>
  new RichTextRefusal('too-long', `must be at most ${RICH_TEXT_MAX_CHARS} characters of HTML`);

/**
 * A text material's HTML, checked and sanitised (sanitize-html, one parse). Anything that would script,
 * style, embed, load or submit — the elements above, `on*` handlers, `javascript:`/`vbscript:`/`data:`
 * URLs, links other than http(s) and mailto — is refused with everything found listed, not silently
 * removed. Harmless markup outside the list (`span`, `div`, `h1`, `class`, `style` …) is dropped
 * quietly, keeping its text.
 */
export function checkRichText(html: string): RichText {
  if (html.length > RICH_TEXT_MAX_CHARS) throw tooLong();
  const found = new Set<string>();
  const clean = sanitizeHtml(html, {
    allowedTags: RICH_TEXT_TAGS,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    onOpenTag: (tag, attributes) => refusedIn(tag, attributes).forEach((f) => found.add(f)),
  });
  if (found.size > 0)
    throw new RichTextRefusal('not-allowed', `contains what a text may not have: ${[...found].join(', ')}`, [
      ...found,
    ]);
  if (clean.length > RICH_TEXT_MAX_CHARS) throw tooLong(); // escaping a stray `&` or `<` lengthens the text
  return { html: clean, textLength: plainText(clean).length };
}

/** The text of sanitised HTML: tags dropped, and the three escapes sanitize-html writes in text undone. */
function plainText(clean: string): string {
  return sanitizeHtml(clean, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
