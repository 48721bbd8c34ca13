import { chooseLocale, parseOutcomes } from './menu-text.js';

describe('chooseLocale: which text a reader gets', () => {
  const all = ['en', 'ja', 'ja-JP', 'vi', 'zh-Hant-TW'];

  it.each([
    ['the exact locale first', all, 'ja-JP', 'ja', 'ja-JP'],
    ['the language when the exact locale is missing', ['en', 'ja', 'vi'], 'ja-JP', 'ja', 'ja'],
    ['a bare language for a bare language', all, 'vi', 'ja', 'vi'],
    ['another region of the language before English', ['en', 'pt-PT', 'ja'], 'pt-BR', 'ja', 'pt-PT'],
    ['a regional tag for a bare language', ['en', 'zh-Hant-TW', 'ja'], 'zh', 'ja', 'zh-Hant-TW'],
    ['English when the language is missing', ['en', 'ja'], 'dv', 'ja', 'en'],
    ['a regional English when there is no bare one', ['en-GB', 'ja'], 'dv', 'ja', 'en-GB'],
    ['the original when there is no English either', ['ja', 'vi'], 'dv', 'vi', 'vi'],
    ['English when the reader names no locale', ['en', 'ja'], null, 'ja', 'en'],
    ['the original when nothing else fits and no locale is named', ['ja', 'vi'], undefined, 'vi', 'vi'],
  ])('serves %s', (_, available, wanted, original, served) => {
    expect(chooseLocale(available, wanted, original)).toBe(served);
  });

  it('matches tags whatever their case', () => {
    expect(chooseLocale(['ja-JP', 'en'], 'JA-jp', 'en')).toBe('ja-JP');
  });

  it('never depends on the order of the rows', () => {
    expect(chooseLocale(['pt-PT', 'pt-AO', 'en'], 'pt-BR', 'en')).toBe('pt-AO');
    expect(chooseLocale(['pt-AO', 'pt-PT', 'en'], 'pt-BR', 'en')).toBe('pt-AO');
  });

  it('falls back to the first text by locale if even the original is missing, and to null with none', () => {
    expect(chooseLocale(['vi', 'ko'], 'dv', 'ja')).toBe('ko');
    expect(chooseLocale([], 'ja', 'ja')).toBeNull();
  });
});

describe('parseOutcomes', () => {
  it('reads a JSON array of strings and nothing else', () => {
    expect(parseOutcomes('["Sort waste","Plan collection"]')).toEqual(['Sort waste', 'Plan collection']);
    expect(parseOutcomes('[1,"Plan collection"]')).toEqual(['Plan collection']);
    expect(parseOutcomes('{"a":1}')).toEqual([]);
    expect(parseOutcomes('not json')).toEqual([]);
    expect(parseOutcomes(null)).toEqual([]);
  });
});
