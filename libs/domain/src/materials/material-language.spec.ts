import { languageChain, pickLanguage } from './material-language.js';

describe('a reader’s material language', () => {
  it('is their locale when there is a variant in it, exactly or by base language', () => {
    expect(pickLanguage(['en', 'ja'], languageChain('ja-JP'), 'en')).toBe('ja');
    expect(pickLanguage(['en', 'pt-BR'], languageChain('pt'), 'en')).toBe('pt-BR');
    expect(pickLanguage(['en-GB', 'ja'], languageChain('en-US'), 'ja')).toBe('en-GB');
  });

  it('follows their own fallbacks, then the programme’s, then the original', () => {
    expect(pickLanguage(['th', 'en', 'ja'], languageChain('km-KH', 'th,en', 'en'), 'ja')).toBe('th');
    expect(pickLanguage(['en', 'ja'], languageChain('km-KH', 'km', 'en'), 'ja')).toBe('en');
    expect(pickLanguage(['ja', 'fr'], languageChain('km-KH', null, null), 'ja')).toBe('ja');
  });

  it('lists each language once, in order, lower-cased', () => {
    expect(languageChain('km-KH', 'km,en', 'EN')).toEqual(['km-kh', 'km', 'en']);
  });
});
