import { escapeText } from '../exports/xml.ts';
import type { Acronyms } from './glossary.ts';

/** A highlighted span of a paragraph's plain text, and the annotation that explains it. */
export interface Mark {
  start: number;
  end: number;
  /** Id of the annotation (aria-details: a screen reader can reach it from the words). */
  details: string;
}

const attr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * HTML for a run of source text that starts at `offset` in its paragraph: escaped, its
 * acronyms expanded in `<abbr title>` at their first use in the paragraph (`seen` is
 * the paragraph's), and the part inside `mark` highlighted.
 */
export function textHtml(
  text: string,
  offset: number,
  options: { acronyms?: Acronyms; seen?: Set<string>; mark?: Mark },
): string {
  const { mark } = options;
  const piece = (s: string) => withAbbr(s, options.acronyms, options.seen);
  if (!mark || mark.end <= offset || mark.start >= offset + text.length) return piece(text);
  const from = Math.max(0, mark.start - offset);
  const to = Math.min(text.length, mark.end - offset);
  return `${piece(text.slice(0, from))}<mark aria-details="${attr(mark.details)}">${piece(text.slice(from, to))}</mark>${piece(text.slice(to))}`;
}

function withAbbr(text: string, acronyms: Acronyms | undefined, seen = new Set<string>()): string {
  if (!acronyms) return escapeText(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(acronyms.pattern)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out += `${escapeText(text.slice(at, m.index))}<abbr title="${attr(acronyms.expansion.get(m[0])!)}">${escapeText(m[0])}</abbr>`;
    at = m.index + m[0].length;
  }
  return out + escapeText(text.slice(at));
}
