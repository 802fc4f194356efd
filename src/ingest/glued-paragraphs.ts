/**
 * Paragraphs a pipeline glued together: a page break or a converter set the next
 * paragraph inside the block before it ("… the 2030 Agenda.² 2. We acknowledge …",
 * "Global context and shared commitments 3. We gather …", "… nuclear weapons, Concerned
 * also that …"). The block is cut at that space, so no word changes, and the cut is
 * reported. What may open a paragraph there is narrow:
 * - the number the sequence expects next (1 only where a preamble ends at a comma or
 *   semicolon), followed by a word, and never one that a noun before it counts
 *   ("paragraph 5. The", "paragraphs 3, 4 and 5. Requests");
 * - in the preamble, after a comma, a capitalised word that opens preambular paragraphs
 *   ("Recalling", "Taking note"): inside a sentence it would not be capitalised. Scripts
 *   without case (Arabic, Chinese) are never cut so;
 * - after a sentence's end, the closing line ("52nd plenary meeting 1 December 2025") that
 *   ends the text.
 */
import { asciiDigits } from './ids.ts';
import type { LanguageTable } from './languages/index.ts';
import type { ClassifyState } from './rules.ts';

/** A word after a paragraph number: capitalised, or in a script without case. */
const WORD = String.raw`(?:\p{Lu}\p{Ll}|\p{Lo}{2})`;

/** Regular expressions built from a language's table: once per table and key, not per block. */
const built = new WeakMap<LanguageTable, Map<string, RegExp>>();
function pattern(lang: LanguageTable, key: string, make: () => RegExp): RegExp {
  let own = built.get(lang);
  if (!own) built.set(lang, (own = new Map()));
  let re = own.get(key);
  if (!re) own.set(key, (re = make()));
  return re;
}

/** Where in `text` the paragraph numbered `expected` opens, or -1. */
export function gluedParagraphAt(text: string, expected: number, lang: LanguageTable): number {
  const digits = asciiDigits(text);
  if (!digits.includes(String(expected))) return -1;
  const at = pattern(lang, `number ${expected}`, () => {
    const n = lang.operativeNumber.source.replace(/^\^/, '').replace(String.raw`(?<n>\d{1,3})`, String(expected));
    return new RegExp(String.raw`\s(?=${n}${WORD})`, 'gu');
  });
  for (const m of digits.matchAll(at)) {
    const before = digits.slice(0, m.index);
    if (before.trim().length < 3) continue;
    if (expected === 1 && !/[,;،؛]$/u.test(before)) continue;
    if (countedBefore(before, lang)) continue;
    return m.index;
  }
  return -1;
}

/**
 * The paragraph numbers a layout has seen at its lines' starts, in sequence, so that the
 * next one glued onto a note's line ("[^3]: A/79/88. 4. Decides …") shows where the running
 * text goes on.
 */
export function paragraphSequence(lang: LanguageTable) {
  let last = 0;
  return {
    /** A body line was laid out. */
    see(text: string): void {
      const n = lang.operativeNumber.exec(text)?.groups?.n;
      if (n && Number(n) === last + 1) last = Number(n);
    },
    /** Where the next paragraph opens inside `text` (a note's line), or -1. */
    nextIn: (text: string): number => (last > 0 ? gluedParagraphAt(text, last + 1, lang) : -1),
  };
}

/** Where in a preamble's `text` a preambular paragraph opens after a comma, or -1. */
export function gluedPreambularAt(text: string, lang: LanguageTable): number {
  const opening = pattern(lang, 'preambular', () => {
    const openings = lang.preambularOpenings.source.replace(/^\^/, '');
    return new RegExp(String.raw`(?<=,)\s(?=(?:${openings})(?![\p{L}]))`, 'u');
  });
  const m = opening.exec(text);
  return m && /^\s\p{Lu}/u.test(text.slice(m.index)) ? m.index : -1;
}

/** Where the closing line ("52nd plenary meeting 1 December 2025") was run onto the last paragraph, or -1. */
export function gluedClosingAt(text: string, lang: LanguageTable): number {
  const closing = pattern(lang, 'closing', () => {
    const source = lang.closing.source.replace(/^\^/, '');
    return new RegExp(String.raw`(?<=[.;”’")»])\s(?=${source})`, lang.closing.flags.replace('g', ''));
  });
  const from = Math.max(0, text.length - 80);
  const m = closing.exec(text.slice(from));
  return m ? from + m.index : -1;
}

/** "paragraph", "paragraphs 3, 4 and": a noun that counts the number after it. */
function countedBefore(before: string, lang: LanguageTable): boolean {
  if (!lang.countedNouns) return false;
  const nouns = lang.countedNouns.source;
  const counted = pattern(
    lang,
    'counted',
    () => new RegExp(String.raw`(?:${nouns})\s*(?:\d{1,3}[\s,–-]*(?:\p{Ll}{1,3}(?:\s+|$))?)*$`, 'iu'),
  );
  return counted.test(before.slice(-60));
}

/**
 * Cuts the block under the rules' eyes where another paragraph opens inside it (its own
 * number counted first), putting the rest back as the next block; returns whether it cut.
 */
export function splitGluedParagraph(s: ClassifyState): boolean {
  const { text, line } = s.blocks[s.i];
  const own = s.lang.operativeNumber.exec(asciiDigits(text.trimStart()))?.groups?.n;
  const expected = own !== undefined && Number(own) > s.lastNumber ? Number(own) + 1 : s.lastNumber + 1;
  const preamble = s.zone === 'preamble' && own === undefined;
  const cuts = [
    expected >= 2 || preamble ? gluedParagraphAt(text, expected, s.lang) : -1,
    preamble ? gluedPreambularAt(text, s.lang) : -1,
    s.formulas > 0 ? gluedClosingAt(text, s.lang) : -1,
  ].filter((k) => k >= 0);
  if (!cuts.length) return false;
  const at = Math.min(...cuts);
  s.blocks.splice(s.i, 1, { text: text.slice(0, at), line }, { text: text.slice(at + 1), line });
  s.diagnostics.push({
    line,
    severity: 'info',
    code: 'paragraph-split',
    message: `a paragraph was glued to the text before it: set apart ("${text.slice(at + 1, at + 40)}…")`,
  });
  return true;
}
