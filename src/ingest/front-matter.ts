import type { Diagnostic, Language, Metadata } from '../model/document.ts';
import { LANGUAGES } from '../model/document.ts';
import { isSymbol, normalizeSymbol } from './symbols.ts';

/** What a pipeline attached above the text (YAML front matter): metadata, never text. */
export interface FrontMatter {
  symbol?: string;
  title?: string;
  date?: string;
  language?: Language;
  sourcePdf?: string;
}

/**
 * Takes YAML front matter (`---` … `---` at the very top, `key: value` lines) out of the
 * text. Its lines become blank lines, so every other line keeps its number and no field
 * ever reaches a paragraph. Only flat `key: value` pairs are read: a pipeline's record.
 */
export function takeFrontMatter(text: string): { text: string; fields: FrontMatter | null } {
  if (!text.startsWith('---\n')) return { text, fields: null };
  const end = text.indexOf('\n---\n', 3);
  const end2 = end < 0 && text.endsWith('\n---') ? text.length - 4 : end;
  if (end2 < 0) return { text, fields: null };
  const lines = text.slice(4, end2).split('\n');
  if (!lines.every((l) => /^[A-Za-z_][\w-]*:\s/.test(l) || /^[A-Za-z_][\w-]*:$/.test(l) || !l.trim())) {
    return { text, fields: null };
  }
  const raw = new Map<string, string>();
  for (const l of lines) {
    const m = /^([\w-]+):\s*(.*)$/.exec(l);
    if (m) raw.set(m[1].toLowerCase(), m[2].trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  const fields: FrontMatter = {};
  const symbol = raw.get('symbol');
  if (symbol && isSymbol(symbol)) fields.symbol = normalizeSymbol(symbol);
  if (raw.get('title')) fields.title = raw.get('title')!.replace(/\s*:$/, '');
  const date = raw.get('date');
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) fields.date = date;
  const language = raw.get('language')?.toLowerCase();
  if (language && (LANGUAGES as readonly string[]).includes(language)) fields.language = language as Language;
  if (raw.get('source_pdf')) fields.sourcePdf = raw.get('source_pdf');
  const blanked = '\n'.repeat(lines.length + 2);
  return { text: blanked + text.slice(end2 + 5), fields };
}

/**
 * Fills what the printed text does not say from the front matter; where both speak and
 * disagree, the text wins and the disagreement is reported. (The title is not compared:
 * a catalogue title is routinely a shortened form of the printed one.)
 */
export function applyFrontMatter(
  metadata: Metadata,
  fields: FrontMatter,
  report: (d: Omit<Diagnostic, 'file'>) => void,
): void {
  for (const key of ['symbol', 'date', 'title'] as const) {
    const value = fields[key];
    if (!value) continue;
    const printed = metadata[key];
    if (printed == null) {
      metadata[key] = value;
      metadata.sources[key] = 'front matter';
    } else if (key !== 'title' && printed !== value) {
      report({
        line: 1,
        // A pipeline's date may be the distribution date, the text's the adoption date.
        severity: key === 'symbol' ? 'warning' : 'info',
        code: 'front-matter-disagrees',
        message: `front matter gives ${key} "${value}", the text "${printed}": the text is kept`,
      });
    }
  }
}
