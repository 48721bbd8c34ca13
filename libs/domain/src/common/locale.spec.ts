import { canonicalLocale, canonicalTimeZone, languageOf } from './locale.js';

describe('canonicalLocale', () => {
  it.each([
    ['en', 'en'],
    ['EN-us', 'en-US'],
    ['ja-JP', 'ja-JP'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['dv', 'dv'],
    ['km', 'km'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(canonicalLocale(input)).toBe(canonical);
  });

  it.each(['xx-invalid', 'xx', 'en_US', 'en-ZZ', 'i-klingon', 'en-US-u-ca-buddhist', '', 'und'])(
    'refuses %j',
    (input) => {
      expect(canonicalLocale(input)).toBeNull();
    },
  );

  it('gives the language of a tag', () => {
    expect(languageOf('ja-JP')).toBe('ja');
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['Pacific/Kiritimati', 'Pacific/Kiritimati'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh'],
    ['UTC', 'UTC'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(canonicalTimeZone(input)).toBe(canonical);
  });

  it.each(['Asia/Tokio', '+09:00', 'EST', 'JST', 'Tokyo', '', 'Asia/Tokyo; DROP TABLE user'])(
    'refuses %j',
    (input) => {
      expect(canonicalTimeZone(input)).toBeNull();
    },
  );
});
