// The i18n layer: every UI string goes through t(). Swedish is the default; the choice is
// remembered in this browser. The English table is typed against the Swedish one, so a missing
// key is a type error (and a unit test checks the same at run time).
import { useCallback } from 'react';
import { create } from 'zustand';
import { en } from './en';
import { sv, type MessageKey } from './sv';

export type Language = 'sv' | 'en';
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { sv, en };
const STORAGE_KEY = 'flodesverkstan.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useLanguage = create<LanguageState>()((set) => ({
  language: initialLanguage(),
  setLanguage(language) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode or blocked storage: the choice lasts for this visit only.
    }
    document.documentElement.lang = language;
    set({ language });
  },
}));

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = MESSAGES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? formatParam(language, params[name]!) : `{${name}}`,
  );
}

// Making an Intl.NumberFormat costs far more than using one (it showed at a thousand step
// names), so there is one per language.
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatParam(language: Language, value: string | number): string {
  if (typeof value !== 'number') return value;
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/** The same function for as long as the language stays, so it can be a hook dependency. */
export function useT(): Translate {
  const language = useLanguage((s) => s.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

export function formatDateTime(language: Language, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}

export type { MessageKey };
