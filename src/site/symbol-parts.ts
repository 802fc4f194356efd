import { t } from '../i18n/index.ts';
import type { Language } from '../model/document.ts';
import { symbolParts } from '../model/symbol-parts.ts';

/** A part of a symbol as printed, and what it means in the reader's language (null: not explained). */
export interface ExplainedPart {
  printed: string;
  meaning: string | null;
}

// The ordinal numeral by the language's ordinal plural category (Intl): 1st, 2nd, 3rd,
// 11th; 1re, 2e; 80.º; 80-я; 第80届.
const NTH_KEYS: Record<string, string> = {
  one: 'symbol.nth.one',
  two: 'symbol.nth.two',
  few: 'symbol.nth.few',
  other: 'symbol.nth.other',
};
const ordinalRules = new Map<Language, Intl.PluralRules>();
export function ordinal(n: number, language: Language): string {
  let rules = ordinalRules.get(language);
  if (!rules) ordinalRules.set(language, (rules = new Intl.PluralRules(language, { type: 'ordinal' })));
  return t(language)(NTH_KEYS[rules.select(n)] ?? NTH_KEYS.other, { n });
}

/**
 * A document symbol explained part by part in the reader's language, one list per symbol
 * ("A/78/62-E/2023/49" gives two), from the table of src/model/symbol-parts.ts.
 */
export function explainSymbol(symbol: string, language: Language): ExplainedPart[][] {
  const tr = t(language);
  return symbolParts(symbol).map((parts) =>
    parts.map(({ printed, meaning }) => {
      if (!meaning) return { printed, meaning: null };
      const { nth, ...values } = meaning.values ?? {};
      const vars = nth === undefined ? values : { ...values, nth: ordinal(nth, language) };
      return { printed, meaning: meaning.values ? tr(meaning.key, vars) : tr(meaning.key) };
    }),
  );
}
