import { chooseMailLanguage, formatInstant, formatSize } from './mail-language.js';

describe('chooseMailLanguage', () => {
  it.each([
    ['ja-JP', [], 'ja'],
    ['ja', [], 'ja'],
    ['JA-jp', [], 'ja'],
    ['en-US', [], 'en'],
    ['km-KH', ['km', 'en'], 'en'],
    ['th', [], 'en'],
    ['km-KH', ['km', 'ja', 'en'], 'ja'],
    ['vi', ['ja-JP'], 'ja'],
    ['en-GB', ['ja'], 'en'],
  ] as const)('writes to %s with fallbacks %j in %s', (locale, fallbacks, lang) => {
    expect(chooseMailLanguage(locale, fallbacks)).toBe(lang);
  });
});

describe('formatInstant', () => {
  it('writes the instant in the given zone with its IANA name, across the Warsaw DST change', () => {
    const at = new Date('2026-03-29T01:30:00Z');
    expect(formatInstant(at, 'en', 'Europe/Warsaw')).toBe('29 March 2026 at 03:30 CEST (Europe/Warsaw)');
    expect(formatInstant(at, 'ja', 'Pacific/Kiritimati')).toBe(
      '2026年3月29日 15:30 GMT+14 (Pacific/Kiritimati)',
    );
  });
});

describe('formatSize', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1, 'en', '1 byte'],
    [512, 'ja', '512 バイト'],
    [830_400, 'en', '830 kB'],
    [2_400_000, 'en', '2.4 MB'],
    [2_400_000, 'ja', '2.4 MB'],
    [999_600, 'en', '1 MB'],
    [24_600_000, 'en', '25 MB'],
    [3_200_000_000, 'en', '3.2 GB'],
  ] as const)('writes %d bytes in %s as %s', (bytes, lang, text) => {
    expect(formatSize(bytes, lang)).toBe(text);
  });
});
