import { renderMail, UnsafeMailLinkError, type MailContent } from './mail-layout.js';
import { materialReleaseMail } from './material-release.mail.js';

const content: MailContent = {
  subject: 'Subject <1>',
  greeting: 'Dear <script>alert(1)</script>,',
  body: [
    'First line\nsecond line & more',
    null,
    '',
    { heading: 'Title "quoted"' },
    {
      facts: [
        ['When', '1 May'],
        ['Where', null],
        ['Note', "it's <b>"],
      ],
    },
    { facts: [['Nothing', null]] },
    { action: 'Open', href: 'https://kenshu.example/x?a=1&b="2"' },
  ],
  footer: ['Why you got this.', 'What to do.'],
};

describe('renderMail', () => {
  const { text, html } = renderMail('ja', content);

  it('writes the plain-text part verbatim: greeting, paragraphs, facts as "label: value", the link in full', () => {
    expect(text).toBe(
      [
        'Dear <script>alert(1)</script>,',
        'First line\nsecond line & more',
        'Title "quoted"',
        "When: 1 May\nNote: it's <b>",
        'Open: https://kenshu.example/x?a=1&b="2"',
        'Why you got this.\nWhat to do.',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes everything in the HTML part, and leaves out what is empty', () => {
    expect(html).toContain('Dear &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(html).not.toContain('<script');
    expect(html).toContain('First line<br>\nsecond line &amp; more');
    expect(html).toContain('>Title &quot;quoted&quot;</h2>');
    expect(html).toContain('<dd style="margin:0 0 8px;">it&#39;s &lt;b&gt;</dd>');
    expect(html).not.toContain('Where');
    expect(html).not.toContain('Nothing');
    expect(html).toContain('href="https://kenshu.example/x?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('<title>Subject &lt;1&gt;</title>');
  });

  it('is one simple page in the language: lang, viewport, inline styles, no tables, images or fonts to fetch', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">\n/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('role="article"');
    expect(html).toContain('max-width:560px');
    expect(html).not.toMatch(/<(table|img|style|link|script)\b/);
    expect(html).not.toMatch(/url\(|@import/);
  });

  it.each(['javascript:alert(1)', '/relative', 'https://kenshu.example/a b'])(
    'refuses the link %j',
    (href) => {
      expect(() => renderMail('en', { ...content, body: [{ action: 'Open', href }] })).toThrow(
        UnsafeMailLinkError,
      );
    },
  );
});

describe('a template', () => {
  it('escapes a display name in the HTML part and keeps it verbatim in the text part', () => {
    const mail = materialReleaseMail({
      to: 'trainee@kenshu.example',
      displayName: '<script>alert("x")</script>',
      locale: 'en',
      timeZone: 'UTC',
      programme: 'Welding & safety',
      title: 'Handbook',
      kind: 'link',
      releasedAt: new Date('2026-05-01T00:00:00Z'),
      link: 'https://kenshu.example/m/1?sig=a&exp=b',
      linkExpiresAt: new Date('2026-05-08T00:00:00Z'),
      version: 1,
      idempotencyKey: 'material-1',
    });
    expect(mail.text).toContain('Dear <script>alert("x")</script>,');
    expect(mail.html).toContain('Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(mail.html).not.toContain('<script');
    expect(mail.subject).toBe('New material for Welding & safety: Handbook');
    expect(mail.html).toContain('Welding &amp; safety');
  });
});
