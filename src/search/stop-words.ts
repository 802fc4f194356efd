/**
 * Words the search drops from a query before it runs, per language. A first query
 * downloads one index chunk per word, and the chunk of "de" or "the" is the largest of
 * all (it lists nearly every document): removing them roughly halves a first query's
 * bytes (issue #15) and changes little to what is found, since they match everywhere.
 *
 * The rule: only the commonest function words (articles, prepositions, conjunctions,
 * pronouns and possessives, forms of "to be"), taken from the head of each language's
 * Snowball stop-word list (snowballstem.org) and, for Arabic and Chinese, the commonest
 * particles, kept only when a word never carries a search alone in UN texts. Negations
 * ("not", "ne", "не", "不") and words that are also content words are left out. A quoted
 * phrase is searched as typed (public/search.js keeps it whole).
 *
 * public/search.js receives these lists through the search page and applies the same
 * rule as `dropStopWords` below (tested in tests/unit/stop-words.test.ts, and in the
 * browser by tests/e2e/search.test.ts).
 */
import type { Language } from '../model/document.ts';

export const STOP_WORDS: Record<Language, readonly string[]> = {
  ar: [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'و',
    'أو',
    'أن',
    'إن',
    'التي',
    'الذي',
    'الذين',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'ما',
    'كان',
    'كانت',
    'قد',
    'ثم',
    'بين',
    'لدى',
  ],
  en: [
    'the',
    'of',
    'and',
    'to',
    'a',
    'an',
    'in',
    'on',
    'for',
    'by',
    'with',
    'at',
    'as',
    'from',
    'into',
    'is',
    'are',
    'be',
    'was',
    'were',
    'that',
    'which',
    'this',
    'these',
    'those',
    'its',
    'their',
    'or',
    'it',
  ],
  es: [
    'de',
    'la',
    'el',
    'los',
    'las',
    'del',
    'y',
    'e',
    'o',
    'u',
    'en',
    'a',
    'al',
    'que',
    'por',
    'con',
    'para',
    'un',
    'una',
    'unos',
    'unas',
    'lo',
    'se',
    'su',
    'sus',
    'es',
    'son',
  ],
  fr: [
    'de',
    'la',
    'le',
    'les',
    'des',
    'du',
    'et',
    'en',
    'à',
    'au',
    'aux',
    'un',
    'une',
    'que',
    'qui',
    'pour',
    'par',
    'sur',
    'dans',
    'avec',
    'ou',
    'ce',
    'ces',
    'cette',
    'se',
    'sa',
    'son',
    'ses',
    'leur',
    'leurs',
    'est',
    'sont',
  ],
  ru: [
    'и',
    'в',
    'во',
    'на',
    'с',
    'со',
    'по',
    'к',
    'ко',
    'о',
    'об',
    'от',
    'из',
    'за',
    'для',
    'что',
    'как',
    'а',
    'но',
    'или',
    'же',
    'бы',
    'его',
    'ее',
    'её',
    'их',
    'это',
    'этот',
    'эти',
    'у',
    'до',
  ],
  zh: [
    '的',
    '了',
    '和',
    '与',
    '及',
    '在',
    '是',
    '对',
    '将',
    '把',
    '为',
    '以',
    '于',
    '之',
    '其',
    '或',
    '并',
    '这',
    '那',
  ],
};

/** Lower case, composed, without the punctuation a word is typed with ("de," "«la"). */
export const foldWord = (w: string): string =>
  w
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The query without its stop words, and the words dropped. Quoted phrases stay whole; a
 * query of stop words only is kept as typed (a reader who searches "de" means it). Chinese
 * is written without spaces, so its words are found by Intl.Segmenter.
 */
export function dropStopWords(query: string, language: Language): { query: string; dropped: string[] } {
  const stop = new Set(STOP_WORDS[language]);
  const parts = query.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  const words = (part: string) =>
    language === 'zh' && typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(part)].map((s) => s.segment)
      : [part];
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const part of parts) {
    if (part.startsWith('"')) {
      kept.push(part);
      continue;
    }
    const pieces = words(part);
    const left = pieces.filter((w) => {
      if (!stop.has(foldWord(w))) return true;
      dropped.push(w);
      return false;
    });
    if (left.length) kept.push(left.join(' '));
  }
  if (kept.length === 0) return { query: query.trim(), dropped: [] };
  return { query: kept.join(' '), dropped };
}
