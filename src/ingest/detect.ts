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
 * letters, trigram statistics (franc) decide, on a sample long enough to be sure (a page
 * or so) and restricted to those three, so that a short text cannot come out as Catalan.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 20000);
  const latin = sample.match(LATIN)?.length ?? 0;
  for (const [script, language] of SCRIPTS) if ((sample.match(script)?.length ?? 0) > latin) return language;
  const code = franc(sample.slice(0, 3000), { only: LATIN_LANGUAGES, minLength: 10 });
  return BY_FRANC.get(code) ?? null;
}
