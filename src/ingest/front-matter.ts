import { parse } from 'yaml';
import { type Language, LANGUAGES } from '../model/document.ts';

/** What a pipeline put above the text, between `---` lines: metadata, never document text. */
export interface FrontMatter {
  symbol?: string;
  title?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  language?: Language;
}

/**
 * Takes YAML front matter off the top of a text (`---`, `key: value` lines, `---`), as
 * pipelines such as railcar attach it. Its lines are blanked, not removed, so every line
 * of the text keeps its number in diagnostics. A block that is not valid YAML is left as
 * text and reported.
 */
export function readFrontMatter(text: string): { text: string; front: FrontMatter | null; problem?: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^\s*[\w-]+\s*:/m.test(m[1])) return { text, front: null };
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch (error) {
    return {
      text,
      front: null,
      problem: `front matter is not valid YAML (${String(error).split('\n')[0]}): kept as text`,
    };
  }
  if (!data || typeof data !== 'object') return { text, front: null };
  const fields = data as Record<string, unknown>;
  const str = (k: string) => (typeof fields[k] === 'string' && fields[k] ? (fields[k] as string).trim() : undefined);
  const language = str('language')?.toLowerCase();
  const date = str('date') ?? (fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : undefined);
  const front: FrontMatter = {
    symbol: str('symbol'),
    title: str('title'),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    language: LANGUAGES.includes(language as Language) ? (language as Language) : undefined,
  };
  const blank = m[0].replace(/[^\n]/g, '');
  return { text: blank + text.slice(m[0].length), front };
}
