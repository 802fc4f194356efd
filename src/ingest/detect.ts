import { franc } from 'franc';
import type { Language } from '../model/document.ts';
import { TABLES } from './languages/index.ts';

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
