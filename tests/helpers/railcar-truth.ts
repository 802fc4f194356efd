/**
 * What a railcar resolution's Markdown shows (tests/fixtures/corpus/railcar/), read
 * independently of ingest and simply, as a careful reader would, to measure every shape of
 * the same resolution against it:
 * - notes: the `[^n]:` definitions whose numbers run 1, 2, 3… (a definition out of that
 *   sequence, such as `[^1994]:`, is a converter's wrapped line, not a note);
 * - operative numbers: lines opening `n. ` whose n follows the previous one (an annex
 *   starts again at 1);
 * - sub-paragraph labels: lines opening `(a) `, `(ii) `;
 * - preambular paragraphs: between the formula and paragraph 1, page furniture (symbol,
 *   job number, folio, the short title of the running heads) set aside, the paragraphs
 *   that end with a comma; a paragraph opens with a capital after one that ended with a
 *   comma (a line that opens otherwise, "60/48 of 8 December 2005, …", continues it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const RAILCAR = 'tests/fixtures/corpus/railcar';

export interface MarkdownTruth {
  resolution: string;
  notes: string[];
  operative: number[];
  subparagraphs: string[];
  preambular: number;
}

/** The railcar files, grouped by resolution ("A_RES_80_7" → its shapes' file names). */
export function railcarShapes(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const f of readdirSync(RAILCAR).sort()) {
    const m = /^(A_RES_80_\d+)\.v[\d.]+\.(?:txt|md)$/.exec(f);
    if (m) groups.set(m[1], [...(groups.get(m[1]) ?? []), f]);
  }
  return groups;
}

const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

export function markdownTruth(resolution: string): MarkdownTruth | null {
  const shapes = railcarShapes().get(resolution) ?? [];
  const md = ['v1.3.0.md', 'v1.2.0.md'].map((v) => `${resolution}.${v}`).find((f) => shapes.includes(f));
  if (!md) return null;
  const lines = withoutFrontMatter(readFileSync(join(RAILCAR, md), 'utf8'))
    .split('\n')
    .map((l) => l.trim());
  const notes: string[] = [];
  for (const l of lines) {
    const m = /^\[\^(\d+)\]:/.exec(l);
    if (m && Number(m[1]) === notes.length + 1) notes.push(m[1]);
  }
  const symbol = resolution.replace(/_/g, '/');
  // The short title the running heads repeat: the title line without its number.
  const title = lines.find((l) => /^80\/\d+\.\s/.test(l))?.replace(/^80\/\d+\.\s+/, '');
  const furniture = (l: string) =>
    l === symbol || /^\d{2}-\d{5}/.test(l) || /^\d{1,3}\/\d{1,3}$/.test(l) || /^\*\d{7}\*$/.test(l) || l === '---';
  const body = lines.filter((l) => l && !/^\[\^\d+\]:/.test(l) && !furniture(l));
  const operative: number[] = [];
  const subparagraphs: string[] = [];
  let formula = -1;
  let first = -1;
  body.forEach((l, k) => {
    if (formula < 0 && /^The General Assembly,?$/.test(l)) formula = k;
    if (/^Annex\b/.test(l) && l.length < 40) operative.push(0);
    const n = /^(\d{1,3})\.\s/.exec(l);
    const last = [...operative].reverse().find((x) => x !== undefined) ?? 0;
    if (formula >= 0 && n && Number(n[1]) === last + 1) {
      if (first < 0) first = k;
      operative.push(Number(n[1]));
    }
    const sub = /^\(([a-z]{1,2}|[ivx]{1,5})\)\s/.exec(l);
    if (formula >= 0 && sub) subparagraphs.push(sub[1]);
  });
  const preamble = formula >= 0 ? body.slice(formula + 1, first < 0 ? body.length : first) : [];
  return {
    resolution,
    notes,
    operative: operative.filter((n) => n > 0),
    subparagraphs,
    preambular: preambularCount(preamble, title),
  };
}

const endsWithComma = (l: string) => /,$/.test(l.replace(/\[\^\d+\]$/, '').replace(/(?<=,)\s?\d{1,3}$/, ''));

function preambularCount(lines: string[], title: string | undefined): number {
  const paragraphs: string[] = [];
  for (const l of lines.filter((x) => x !== title)) {
    const previous = paragraphs[paragraphs.length - 1];
    if (previous === undefined || (/^\p{Lu}/u.test(l) && endsWithComma(previous))) paragraphs.push(l);
    else paragraphs[paragraphs.length - 1] = `${previous} ${l}`;
  }
  return paragraphs.filter(endsWithComma).length;
}
