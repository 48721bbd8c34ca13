import { checkLinkUrl, checkRichText, RICH_TEXT_MAX_CHARS, RichTextRefusal } from './rich-text.js';

/** What a refusal lists, or the sanitised HTML when there is none. */
const found = (html: string): readonly string[] | string => {
  try {
    return checkRichText(html).html;
  } catch (error) {
    if (error instanceof RichTextRefusal) return error.found;
    throw error;
  }
};

describe('checkRichText', () => {
  it('keeps every element of the list, and http(s) and mailto links', () => {
    const html =
      '<h2>Week 1</h2><h3>Safety</h3><h4>Before the visit</h4>' +
      '<p>Read <strong>all</strong> of <em>this</em>, <b>bold</b> <i>italic</i> <u>under</u> <s>old</s>.<br />Next line</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>' +
      '<pre><code>npm test</code></pre>' +
      '<p><a href="https://example.org/guide?x=1&amp;y=2">guide</a> <a href="http://example.org">plain</a> ' +
      '<a href="mailto:coordinator@example.org">write</a></p>' +
      '<table><thead><tr><th>Day</th></tr></thead><tbody><tr><td>Mon</td></tr></tbody></table>';
    expect(checkRichText(html).html).toBe(html);
  });

  it('drops harmless markup silently and keeps its text', () => {
    expect(
      found(
        '<div class="doc" style="color: red"><h1>Title</h1><p id="x" dir="ltr"><span lang="ja">日本語</span> ' +
          '<font face="Arial">text</font></p><a href="https://example.org" target="_blank" rel="opener">go</a></div>',
      ),
    ).toBe('Title<p>日本語 text</p><a href="https://example.org">go</a>');
  });

  it('drops comments, including conditional ones', () => {
    expect(found('<p>a<!-- note --><!--[if IE]><script>alert(1)</script><![endif]-->b</p>')).toBe(
      '<p>ab</p>',
    );
  });

  it('escapes text that looks like markup once it is text', () => {
    expect(checkRichText('<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 & so on</p>')).toEqual({
      html: '<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 &amp; so on</p>',
      textLength: '1 < 2 && 3 > 2 & so on'.length,
    });
  });

  it('counts the text without the tags', () => {
    expect(checkRichText('<h2>研修</h2><p>Hello <strong>world</strong></p>').textLength).toBe(2 + 11);
  });

  it.each([
    ['a script', '<p>hi</p><script>alert(1)</script>', ['<script>']],
    ['a script in capitals', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', ['<script>']],
    ['a style element', '<style>body{display:none}</style><p>x</p>', ['<style>']],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', ['<iframe>']],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">', ['<object>', '<embed>']],
    ['a form', '<form action="https://evil.example"><input name="password"></form>', ['<form>', '<input>']],
    ['an SVG with a handler', '<svg onload="alert(1)"><circle r="1"/></svg>', ['<svg>', 'onload']],
    ['MathML', '<math><mi>x</mi></math>', ['<math>']],
    ['an image with onerror', '<img src=x onerror=alert(1)>', ['<img>', 'onerror']],
    ['a handler on an allowed tag', '<p onclick="steal()">click</p>', ['onclick']],
    ['a handler on a harmless tag', '<span onmouseover="steal()">hover</span>', ['onmouseover']],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', ['javascript: URL']],
    ['a javascript: link hidden by a tab', '<a href="java\tscript:alert(1)">x</a>', ['javascript: URL']],
    [
      'a javascript: link hidden by entities',
      '<a href="&#106;avascript&colon;alert(1)">x</a>',
      ['javascript: URL'],
    ],
    [
      'a JavaScript: link in mixed case with spaces',
      '<a href="  JavaScript:alert(1)">x</a>',
      ['javascript: URL'],
    ],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['vbscript: URL']],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', ['data: URL']],
    [
      'a javascript: URL on another tag',
      '<div background="javascript:alert(1)">x</div>',
      ['javascript: URL'],
    ],
    [
      'script in a style attribute',
      '<p style="width: expression(alert(1))">x</p>',
      ['script in a style attribute'],
    ],
    ['a base element', '<base href="https://evil.example/">', ['<base>']],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ['<meta>']],
  ])('refuses %s, naming it', (_, html, what) => {
    expect(found(html)).toEqual(what);
  });

  it.each([
    ['a relative link', '<a href="/programmes/1">x</a>'],
    ['a fragment', '<a href="#part-2">x</a>'],
    ['a protocol-relative link', '<a href="//evil.example/">x</a>'],
    ['a file: link', '<a href="file:///etc/passwd">x</a>'],
    ['a tel: link', '<a href="tel:+81312345678">x</a>'],
    ['a link with a password', '<a href="https://user:secret@example.org/">x</a>'],
  ])('refuses %s, which only http(s) and mailto may be', (_, html) => {
    const what = found(html);
    expect(what).toHaveLength(1);
    expect(what[0]).toMatch(/^link to ".+" \(only http, https and mailto\)$/);
  });

  it('lists each thing once, in the order found, in its message', () => {
    const error = (() => {
      try {
        checkRichText('<p onclick="a()">x</p><script>1</script><p onclick="b()">y</p><script>2</script>');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RichTextRefusal);
    expect(error).toMatchObject({
      reason: 'not-allowed',
      code: 'MATERIAL.INVALID',
      found: ['onclick', '<script>'],
      message: 'contains what a text may not have: onclick, <script>',
      fields: [{ field: 'html', reason: 'contains what a text may not have: onclick, <script>' }],
    });
  });

  it(`takes ${RICH_TEXT_MAX_CHARS} characters and refuses more`, () => {
    const text = (n: number) => `<p>${'a'.repeat(n - 7)}</p>`;
    expect(checkRichText(text(RICH_TEXT_MAX_CHARS)).textLength).toBe(RICH_TEXT_MAX_CHARS - 7);
    expect(() => checkRichText(text(RICH_TEXT_MAX_CHARS + 1))).toThrow(
      expect.objectContaining({ reason: 'too-long' }),
    );
  });

  it('refuses HTML that grows past the limit once its stray ampersands are escaped', () => {
    const html = `<p>${'&'.repeat(RICH_TEXT_MAX_CHARS - 7)}</p>`;
    expect(() => checkRichText(html)).toThrow(expect.objectContaining({ reason: 'too-long' }));
  });
});

describe('checkLinkUrl', () => {
  it.each([
    'https://example.org',
    'http://example.org/path?q=1#top',
    'HTTPS://EXAMPLE.ORG/',
    'https://例え.jp/資料',
    'https://example.org:8443/a',
    `https://example.org/${'a'.repeat(2000 - 'https://example.org/'.length)}`,
  ])('accepts %s', (url) => {
    expect(checkLinkUrl(url)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'must be an absolute http or https URL'],
    ['data:text/html,<script>alert(1)</script>', 'must be an absolute http or https URL'],
    ['file:///etc/passwd', 'must be an absolute http or https URL'],
    ['ftp://example.org/file', 'must be an absolute http or https URL'],
    ['/programmes/1', 'must be an absolute http or https URL'],
    ['example.org', 'must be an absolute http or https URL'],
    ['//example.org', 'must be an absolute http or https URL'],
    ['https:example.org', 'must be an absolute http or https URL'],
    ['https://', 'must be an absolute http or https URL'],
    ['https://user:secret@example.org/', 'must not contain a user name or password'],
    ['https://bank.example@evil.example/', 'must not contain a user name or password'],
    [' https://example.org', 'must not contain spaces or control characters'],
    ['https://example.org/a b', 'must not contain spaces or control characters'],
    ['https://exa\tmple.org', 'must not contain spaces or control characters'],
    ['java\nscript:alert(1)', 'must not contain spaces or control characters'],
    [
      `https://example.org/${'a'.repeat(2000 - 'https://example.org/'.length + 1)}`,
      'must be at most 2000 characters',
    ],
  ])('refuses %j: %s', (url, problem) => {
    expect(checkLinkUrl(url)).toBe(problem);
  });
});
