import type { Layout } from './layout.ts';
import { call, CALL_OPEN } from './layout.ts';
import { SYMBOL_IN_TEXT } from './symbols.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a call to note `m` can stand in PDF text, whose superscripts came out as plain
 * digits glued to what precedes them. In order of trust:
 *   after a lower-case word         "question1,"   "durable19 et"
 *   after an acronym                "SMSI20."      (never after one capital: "G20")
 *   after closing punctuation       "»2"  ")3"  "%7."
 *   after a year                    "20163," = 2016 + note 3
 *   alone after a word, before punctuation or a line end   "la question 2,"
 *   alone after a word, followed by two spaces             "indicateurs 13  et"
 *   spaced off after a word and its punctuation, before a word   "Rights, 1 the"
 *   after a name with digits that the text uses on its own "G744." = G7 + note 44
 */
function callPatterns(m: string): RegExp {
  const d = escape(m);
  return new RegExp(
    [
      String.raw`(?<=[\p{Ll}\p{Lo}]{2}|\p{Ll}[’']|(?<![\p{L}-])\p{Lu}{2,6})${d}(?![\p{N}\p{L}])`,
      // (a full stop inside a symbol is not one: "A/80/L.2/Rev.1")
      String.raw`(?<=[»)\]%,;:”"،，。）]|(?<!/\S*)\.)${d}(?![\p{N}\p{L}/])`,
      String.raw`(?<=(?<![\p{N}/.,])(?:1[89]|20)\d\d)${d}(?![\p{N}\p{L}/])`,
      String.raw`(?<=(?:\p{Ll}{2}|\d{4}) )${d}(?=\s?[,;:.](?:\s|$)|\s*$|\s{2}\S)`,
      // spaced off after a word's punctuation, before the next word: "Rights, 1 the", "Governors”; 3"
      String.raw`(?<=[\p{L}”")][,;:] )${d}(?= [\p{L}“"])`,
      // spaced off after punctuation at a line's end: "… dated 5 July 1948, 29"
      String.raw`(?<=[\p{L}\d”")][,;:] )${d}$`,
    ].join('|'),
    'gu',
  );
}

interface Position {
  line: number; // index into layout.body
  index: number; // offset in that line's text
}
const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.index > b.index);

/**
 * Finds each note's call in the running text and turns it into a call marker. Notes are
 * taken in their printed order: the call to note n is the first candidate after the
 * call to note n − 1 and before the note's own block (its page). Notes whose text is
 * absent (gaps in the numbering) are looked for between their neighbours. A call that
 * cannot be found is reported, never guessed.
 */
export function resolveNoteCalls(layout: Layout): { missing: string[]; uncalled: string[] } {
  const present = layout.notes.map((n) => n.marker);
  const numbers = present.filter((m) => /^\d+$/.test(m)).map(Number);
  const max = numbers.length ? Math.max(...numbers) : 0;
  const missing: string[] = [];
  // A volume numbers its notes across the book: a page whose first note is 29 does not
  // lack notes 1 to 28. Only a few absent before the first (on a page not in the source) count.
  const min = numbers.length ? Math.min(...numbers) : 1;
  const first = min <= 5 ? 1 : min;
  for (let k = first; k <= max; k++) if (!numbers.includes(k)) missing.push(String(k));

  // The order calls appear in: star notes first, then 1..max.
  const sequence = [
    ...present.filter((m) => !/^\d+$/.test(m)),
    ...Array.from({ length: Math.max(0, max - first + 1) }, (_, k) => String(first + k)),
  ];
  const pageOf = new Map(layout.notes.map((n) => [n.marker, n.page]));
  const lastOfPage: number[] = [];
  layout.body.forEach((l, i) => {
    lastOfPage[l.page] = i;
  });
  const lastLineOfPage = (page: number): number => {
    for (let p = Math.min(page, lastOfPage.length - 1); p >= 0; p--)
      if (lastOfPage[p] !== undefined) return lastOfPage[p];
    return -1;
  };
  const names = namesWithDigits(layout);

  const uncalled: string[] = [];
  let previous: Position = { line: 0, index: -1 };
  // Calls the source marks itself (Markdown "[^3]") are kept; the others are sought after them.
  const explicit = explicitCalls(layout);
  // Notes after the last one printed may have lost their text too: the next number is
  // looked for after the last call, and counted missing only where a call is found.
  const trailing = (): string => String(max + 1 + missing.filter((m) => Number(m) > max).length);
  for (const marker of sequence) {
    if (/^\*+$/.test(marker)) {
      uncalled.push(marker); // a star note's call sits on the cover page, with the title
      continue;
    }
    const marked = explicit.get(marker);
    if (marked) {
      if (after(marked, previous)) previous = marked;
      continue;
    }
    const page = pageOf.get(marker);
    // A missing note's call lies before the next present note's block.
    const nextPresent = sequence.slice(sequence.indexOf(marker)).find((m) => pageOf.has(m));
    const limitPage = page ?? (nextPresent !== undefined ? pageOf.get(nextPresent)! : Infinity);
    const limit =
      layout.noteScope === 'document' || limitPage === Infinity ? layout.body.length - 1 : lastLineOfPage(limitPage);
    const found = findCall(layout, names, marker, previous, limit);
    if (!found) {
      uncalled.push(marker);
      continue;
    }
    const line = layout.body[found.line];
    line.text = line.text.slice(0, found.index) + call(marker) + line.text.slice(found.index + marker.length);
    previous = { line: found.line, index: found.index };
  }
  placeBracketed(layout, uncalled, lastLineOfPage, pageOf);
  for (
    let found = findCall(layout, names, trailing(), previous, layout.body.length - 1, true);
    max > 0 && found;
    found = findCall(layout, names, trailing(), previous, layout.body.length - 1, true)
  ) {
    const marker = trailing();
    const line = layout.body[found.line];
    line.text = line.text.slice(0, found.index) + call(marker) + line.text.slice(found.index + marker.length);
    previous = found;
    missing.push(marker);
  }
  return { missing, uncalled };
}

/**
 * A digit set off by spaces between words ("States 4 that", "Principles. 13 We", "in 2014, 3" at a line end)
 * is too common to be taken for a call on its own; it is taken only where the sequence
 * leaves no doubt: the one such candidate between the calls to the notes before and after.
 */
function placeBracketed(
  layout: Layout,
  uncalled: string[],
  lastLineOfPage: (page: number) => number,
  pageOf: Map<string, number>,
): void {
  for (const marker of [...uncalled]) {
    if (!/^\d+$/.test(marker)) continue;
    const calls = explicitCalls(layout);
    const n = Number(marker);
    let from: Position = { line: 0, index: -1 };
    let to: Position = { line: layout.body.length - 1, index: Infinity };
    for (const [m, pos] of calls) {
      if (!/^\d+$/.test(m)) continue;
      if (Number(m) < n && after(pos, from)) from = pos;
      if (Number(m) > n && after(to, pos)) to = pos;
    }
    const page = pageOf.get(marker);
    if (layout.noteScope === 'page' && page !== undefined && lastLineOfPage(page) < to.line)
      to = { line: lastLineOfPage(page), index: Infinity };
    // After a full stop only where a call before bounds the search: a masthead's "para. 7" is no call.
    const d = escape(marker);
    const afterStop = from.index >= 0 ? String.raw`|(?<=[\p{L}”")]\. )${d}(?= \p{Lu})` : '';
    const weak = new RegExp(String.raw`(?<=[\p{L}\d”")][,;:]? )${d}(?= \p{Ll}|\s*$)${afterStop}`, 'gu');
    const candidates: Position[] = [];
    for (let i = Math.max(0, from.line); i <= to.line && i < layout.body.length; i++) {
      for (const m of layout.body[i].text.matchAll(weak)) {
        const pos = { line: i, index: m.index };
        if (after(pos, from) && after(to, pos)) candidates.push(pos);
      }
    }
    if (candidates.length !== 1) continue;
    const [pos] = candidates;
    const line = layout.body[pos.line];
    line.text = line.text.slice(0, pos.index) + call(marker) + line.text.slice(pos.index + marker.length);
    uncalled.splice(uncalled.indexOf(marker), 1);
  }
}

/** Where the source already marks a call itself, by marker (its first call). */
function explicitCalls(layout: Layout): Map<string, Position> {
  const found = new Map<string, Position>();
  layout.body.forEach((l, line) => {
    if (!l.text.includes(CALL_OPEN)) return;
    for (const m of l.text.matchAll(/\uE000([^\uE001]*)\uE001/gu))
      if (!found.has(m[1])) found.set(m[1], { line, index: m.index });
  });
  return found;
}

/** Where document symbols stand in a line, read once per text (lines are searched for every note). */
const spans = new Map<string, number[][]>();
function symbolSpans(text: string): number[][] {
  let found = spans.get(text);
  if (!found) {
    if (spans.size > 5000) spans.clear();
    found = [...text.matchAll(SYMBOL_IN_TEXT)].map((x) => [x.index, x.index + x[0].length]);
    spans.set(text, found);
  }
  return found;
}

/** Tokens such as "G7" or "G20" that the text prints on their own elsewhere. */
function namesWithDigits(layout: Layout): Set<string> {
  const names = new Set<string>();
  for (const l of layout.body)
    for (const m of l.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}+\d{1,3}(?![\p{L}\p{N}])/gu)) names.add(m[0]);
  return names;
}

/**
 * The first call to `marker` after `from`, up to body line `limit`. `strict` keeps only
 * calls glued to a lower-case word, for notes whose existence is not otherwise known.
 */
function findCall(
  layout: Layout,
  names: Set<string>,
  marker: string,
  from: Position,
  limit: number,
  strict = false,
): Position | null {
  // Every pattern starts at the marker (what comes before it is looked behind), so it is
  // tried only where the marker stands, sticky, instead of at every position of a line.
  const glued = String.raw`(?<=(?<![\p{L}\p{N}])(\p{Lu}+\d{1,3}))${escape(marker)}(?![\p{N}\p{L}])`;
  const pattern = strict
    ? new RegExp(String.raw`(?<=[\p{Ll}\p{Lo}]{2})${escape(marker)}(?=[.,;:،，。]\s|[.,;:،，。]?$)`, 'yu')
    : new RegExp(`${callPatterns(marker).source}|${glued}`, 'yu');
  for (let i = from.line; i <= limit && i < layout.body.length; i++) {
    const text = layout.body[i].text;
    // A digit inside a document symbol ("A/80/L.2/Rev.1", "E/2023/49") is never a call.
    let symbols: number[][] | null = null;
    for (let k = text.indexOf(marker); k >= 0; k = text.indexOf(marker, k + 1)) {
      // Never part of a longer number or word ("1963", "1056th").
      if (/[\p{N}\p{L}]/u.test(text.charAt(k + marker.length))) continue;
      pattern.lastIndex = k;
      const m = pattern.exec(text);
      if (!m) continue;
      if (m[1] !== undefined && !names.has(m[1])) continue;
      const pos = { line: i, index: k };
      symbols ??= symbolSpans(text);
      if (symbols.some(([start, end]) => pos.index > start && pos.index < end)) continue;
      // Never inside an already placed call marker.
      const start = k - (m[1]?.length ?? 0);
      if (after(pos, from) && !text.slice(Math.max(0, start - 4), start).includes(CALL_OPEN)) return pos;
    }
  }
  return null;
}
