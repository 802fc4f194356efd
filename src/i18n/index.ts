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

// A build asks for the same few hundred strings millions of times (a permalink name per
// paragraph, per page); i18next takes microseconds to resolve each, a tenth of a build's
// time at 200 documents. So each (key, values) pair is resolved by i18next once.
const translators = new Map<Language, TFunction>();
export function t(language: Language): TFunction {
  let translate = translators.get(language);
  if (!translate) {
    const fixed = instance.getFixedT(language);
    const resolved = new Map<string, string>();
    translate = ((key: string, values?: Record<string, unknown>) => {
      const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
      let text = resolved.get(id);
      if (text === undefined) resolved.set(id, (text = String(fixed(key, values as never))));
      return text;
    }) as unknown as TFunction;
    translators.set(language, translate);
  }
  return translate;
}

/** Writing direction from the locale itself (Intl), not from a hand-kept list. */
const directions = new Map<string, 'rtl' | 'ltr'>();
export function dir(language: Language): 'rtl' | 'ltr' {
  let direction = directions.get(language);
  if (!direction) {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
      textInfo?: { direction: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    directions.set(language, (direction = info?.direction === 'rtl' ? 'rtl' : 'ltr'));
  }
  return direction;
}
