import { franc } from 'franc';
import type { Language } from '../model/document.ts';
import { TABLES } from './languages/index.ts';

const BY_FRANC = new Map(Object.values(TABLES).map((t) => [t.franc, t.code]));

/** Scripts that name one UN language by themselves. */
const SCRIPTS: [RegExp, Language][] = [
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
];
const LATIN = /\p{Script=Latin}/gu;
const LATIN_LANGUAGES = ['eng', 'fra', 'spa'];

/**
 * The language of a text among the six UN languages. A text mostly in Han, Arabic or
 * Cyrillic letters is Chinese, Arabic or Russian; between the three languages in Latin
 * letters, their function words ("the", "les", "los": languages/*.ts) decide when one set
 * clearly outnumbers the others, else trigram statistics (franc) on a page-long sample,
 * restricted to those three so that a short text cannot come out as Catalan.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 20000);
  const latin = sample.match(LATIN)?.length ?? 0;
  for (const [script, language] of SCRIPTS) if ((sample.match(script)?.length ?? 0) > latin) return language;
  const page = sample.slice(0, 3000);
  return byFunctionWords(page) ?? BY_FRANC.get(franc(page, { only: LATIN_LANGUAGES, minLength: 10 })) ?? null;
}

const FUNCTION_WORDS = new Map(
  Object.values(TABLES).flatMap((t) => (t.functionWords ?? []).map((w) => [w, t.code] as const)),
);

/** The language whose function words clearly outnumber the others' (twice as many, five at least), or null. */
function byFunctionWords(page: string): Language | null {
  const counts = new Map<Language, number>();
  for (const w of page.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const language = FUNCTION_WORDS.get(w);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 5 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
