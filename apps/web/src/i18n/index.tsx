import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { ja } from './ja';

export const LANGUAGES = { en: 'English', ja: '日本語' } as const;
export type Language = keyof typeof LANGUAGES;

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, ja };

/** The app's language for a BCP 47 tag: Japanese for `ja…`, English otherwise. */
export const languageOf = (tag: string | undefined): Language =>
  tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  t: Translate;
}

export function makeI18n(language: Language): I18n {
  const messages = dictionaries[language];
  return {
    language,
    t: (key, values) =>
      messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
