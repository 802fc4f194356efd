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
  const readings = ['v1.3.0.md', 'v1.2.0.md']
    .map((v) => `${resolution}.${v}`)
    .filter((f) => shapes.includes(f))
    .map((f) => readMarkdown(resolution, f));
  if (!readings.length) return null;
  // Where one converter version dropped what the other kept (a paragraph's number, a
  // sub-paragraph's letter), the version that shows more is what the resolution shows.
  const most = <K extends 'notes' | 'operative' | 'subparagraphs'>(k: K) =>
    readings.reduce((a, b) => (b[k].length > a[k].length ? b : a))[k];
  return {
    resolution,
    notes: most('notes'),
    operative: most('operative'),
    subparagraphs: most('subparagraphs'),
    preambular: readings[0].preambular,
  };
}

function readMarkdown(resolution: string, md: string): MarkdownTruth {
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
  // A definition out of the notes' sequence ("[^1653]: (XVI) of …") is the text it cut.
  // A line right under another (no blank line) goes on with its paragraph: marked "\n".
  // A paragraph run onto a note's line after the note's full stop ("[^3]: A/79/88. 4.
  // Decides …") is running text.
  const body = lines
    .map((l) => l.replace(/^\[\^(\d+)\]:\s*/, (d, m: string) => (notes.includes(m) ? d : `${m} `)))
    .flatMap((l) => (/^\[\^\d+\]:/.test(l) ? l.split(/(?<=\.)\s+(?=\d{1,3}\.\s+\p{Lu}\p{Ll})/u) : [l]))
    .map((l, k) => (k > 0 && lines[k - 1] && l ? `\n${l}` : l))
    .filter((l) => l && !/^\n?\[\^\d+\]:/.test(l) && !furniture(l.trim()));
  const operative: number[] = [];
  const subparagraphs: string[] = [];
  let formula = -1;
  let first = -1;
  body.forEach((marked, k) => {
    const l = marked.trim();
    if (formula < 0 && /^The General Assembly,?$/.test(l)) formula = k;
    if (/^Annex\b/.test(l) && l.length < 40) operative.push(0);
    const found = formula >= 0 ? paragraphNumbers(l, operative[operative.length - 1] ?? 0) : [];
    if (found.length && first < 0) first = k;
    operative.push(...found);
    const sub = /^\(([a-z]{1,2}|[ivx]{1,5})\)\s/.exec(l);
    if (formula >= 0 && sub) subparagraphs.push(sub[1]);
  });
  const preamble = formula >= 0 ? body.slice(formula + 1, first < 0 ? body.length : first) : [];
  // Where paragraph 1 was glued to the preamble, the line's start ends the preamble.
  const glued = first >= 0 ? /^(.*[,;])\s1\.\s/s.exec(body[first]) : null;
  if (glued && !/^\n?1\.\s/.test(body[first])) preamble.push(glued[1]);
  return {
    resolution,
    notes,
    operative: operative.filter((n) => n > 0),
    subparagraphs,
    preambular: preambularCount(preamble, title),
  };
}

/**
 * The number of the paragraph a line opens, or opens inside it where the converter glued
 * two together ("… Pact for the Future. 16 9. We note …", "Global context 3. We gather …"):
 * the next in sequence; at a line's start one more may be skipped (a number the converter
 * dropped).
 */
function paragraphNumbers(line: string, last: number): number[] {
  const found: number[] = [];
  const start = /^(\d{1,3})\.\s/.exec(line);
  if (start && (Number(start[1]) === last + 1 || Number(start[1]) === last + 2)) found.push(Number(start[1]));
  // Paragraph 1 glued to the preamble's last paragraph follows its comma.
  for (let n = (found[0] ?? last) + 1; ; n++)
    if (!new RegExp(`${n === 1 ? '[,;]' : ''}\\s${n}\\.\\s+\\p{Lu}\\p{Ll}`, 'u').test(line)) break;
    else found.push(n);
  return found;
}

const endsWithComma = (l: string) => /,$/.test(l.replace(/\[\^\d+\]$/, '').replace(/(?<=,)\s?\d{1,3}$/, ''));

function preambularCount(lines: string[], title: string | undefined): number {
  const paragraphs: string[] = [];
  // A converter may flatten several paragraphs onto one line: a participle capitalised
  // after a comma ("…1981, Recognizing that …") can only open the next one.
  const split = lines.flatMap((l) => l.split(/(?<=,) (?=\p{Lu}\p{Ll}+(?:ing|ed)\s+\p{Ll})/u));
  for (const l of split.filter((x) => x.trim() !== title)) {
    const previous = paragraphs[paragraphs.length - 1];
    const opens = !l.startsWith('\n') && /^\p{Lu}/u.test(l) && endsWithComma(previous ?? '');
    if (previous === undefined || opens) paragraphs.push(l);
    else paragraphs[paragraphs.length - 1] = `${previous} ${l}`;
  }
  return paragraphs.filter(endsWithComma).length;
}
