import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../model/document.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zh from './locales/zh.json' with { type: 'json' };

export const LOCALES: Record<Language, Record<string, string>> = { ar, en, es, fr, ru, zh };
export const DEFAULT_LANGUAGE: Language = 'fr';

// One instance for the whole build; keys are flat ("doc.notes"), so no key separator.
const instance = i18next.createInstance();
await instance.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: LOCALES[l] }])),
});

export const t = (language: Language): TFunction => instance.getFixedT(language);

/** Writing direction from the locale itself (Intl), not from a hand-kept list. */
export function dir(language: Language): 'rtl' | 'ltr' {
  const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
