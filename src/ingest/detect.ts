import { franc } from 'franc';
import type { Language } from '../model/document.ts';
import { TABLES } from './languages/index.ts';

/**
 * Converter Markdown shows itself by its syntax: emphasis runs, `[text](#)` links,
 * `<sup>`, superscript note digits. PDF text has none of these.
 */
export function detectFormat(text: string): 'markdown' | 'pdf-text' {
  const signals = [/\*\*[^*\n]+\*\*/, /\[[^\]\n]+\]\([^)\n]*\)/, /<sup>/, /^\*[^*\n]+\*/m, /^#{1,6} /m, /[¹²³⁴⁵⁶⁷⁸⁹]/];
  // A footnote definition "[^3]: …" at a line start is Markdown syntax no PDF prints.
  if (/^\[\^[^\]\s]+\]:\s/m.test(text)) return 'markdown';
  return signals.filter((s) => s.test(text)).length >= 2 ? 'markdown' : 'pdf-text';
}

const BY_FRANC = new Map(Object.values(TABLES).map((t) => [t.franc, t.code]));

/**
 * The language of a text among the six UN languages, by trigram statistics (franc)
 * restricted to those six so that a short text cannot come out as, say, Catalan.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 20000);
  const code = franc(sample, { only: [...BY_FRANC.keys()], minLength: 10 });
  return BY_FRANC.get(code) ?? null;
}
