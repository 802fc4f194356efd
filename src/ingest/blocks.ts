import type { LanguageTable } from './languages/index.ts';
import type { BodyLine, Layout } from './layout.ts';
import { opensMisreadLetter, opensMisreadNumber } from './ocr-numbers.ts';
import { isWebFurniture } from './web-furniture.ts';

/** A run of source lines that reads as one unit (paragraph, heading, …) before classification. */
export interface RawBlock {
  lines: { text: string; line: number }[];
  /** A page break, note block or blank line came before it: it may continue the previous block. */
  afterBreak: boolean;
}

/** Roman-numeral or capital-letter section numbers: "I.", "A.". */
export const SECTION_NUMBER = /^(?<n>[IVXL]{1,6}|[A-Z])\.\s+\S/u;

/** The enacting formula stands alone, even where no blank line sets it off ("… 1947" / "The Security Council,"). */
const isFormulaLine = (text: string, lang: LanguageTable): boolean => lang.formulas.some((f) => f.test(text.trim()));

/** A Council resolution's heading line ("53 (1948). Resolution of 7 July 1948"), set under other text. */
const isCouncilHeadingLine = (text: string, lang: LanguageTable): boolean =>
  text.trim().length <= 60 && (lang.councilHeadings ?? []).some((p) => p.test(text.trim()));

/** The line opens a numbered or lettered unit, whatever its indentation. */
export function opensUnit(text: string, lang: LanguageTable): boolean {
  return (
    isFormulaLine(text, lang) ||
    isCouncilHeadingLine(text, lang) ||
    lang.operativeNumber.test(text) ||
    opensMisreadNumber(text) ||
    opensMisreadLetter(text) ||
    lang.subParagraph.test(text) ||
    SECTION_NUMBER.test(text) ||
    lang.figure.test(text)
  );
}

/**
 * Groups body lines into blocks. Where blank lines separate paragraphs they are the
 * boundaries; in double-spaced PDF text, an indented line starts a paragraph. Either
 * way a line that opens a numbered unit starts a block.
 */
export function segment(layout: Layout, lang: LanguageTable): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let afterFormula = false;
  let afterFurniture = false;
  let previous = '';
  for (const l of layout.body) {
    // A line of a web page's furniture stands alone, like the enacting formula (opensUnit):
    // classify() keeps it out of paragraphs.
    const furniture = isWebFurniture(l.text);
    const starts =
      current === null ||
      furniture ||
      afterFurniture ||
      afterFormula ||
      // One paragraph per line with no blank lines: a line that ends a clause, then one that
      // opens like a preambular paragraph ("ссылаясь", lower case in web copies).
      (/[,;:.،؛]\s*$/u.test(previous) && lang.preambularOpenings.test(l.text.trim())) ||
      opensUnit(l.text, lang) ||
      layout.linePerBlock ||
      (layout.blankSeparatesBlocks ? l.breakBefore : l.indented && !l.breakBefore) ||
      // After a page break an indented line is ambiguous: rejoin() decides.
      (!layout.blankSeparatesBlocks && l.breakBefore);
    if (starts) {
      current = { lines: [], afterBreak: l.breakBefore };
      blocks.push(current);
    }
    current!.lines.push({ text: l.text, line: l.line });
    afterFormula = isFormulaLine(l.text, lang);
    afterFurniture = furniture;
    previous = l.text;
  }
  return blocks;
}

// A note call after the stop, marked or a bare spaced number in OCR ("Secretary-General; 4"), still ends it.
const TERMINAL = /[.;:!?»)"”؛؟。；：！？]\s*(?:\uE000[^\uE001]*\uE001|\s\d{1,3})?$/u;
const OPENS_LOWER = /^[\p{Ll}]/u;

/** The last visible text of a block, without trailing note calls. */
const lastText = (b: RawBlock): string => b.lines[b.lines.length - 1].text;

/**
 * Re-joins a paragraph that a page break or a footnote block cut in two: the second
 * part comes after a break, opens no numbered unit, and either starts in lower case or
 * follows a part that stopped without final punctuation (a heading, being short and
 * unpunctuated itself, is never appended).
 */
export function rejoin(blocks: RawBlock[], lang: LanguageTable, isHeadingLike: (text: string) => boolean): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const first = b.lines[0].text;
    // A preambular opening starts a paragraph even in lower case (Russian: "ссылаясь").
    const furniture = prev && (isWebFurniture(first) || isWebFurniture(lastText(prev)));
    if (
      prev &&
      b.afterBreak &&
      !furniture &&
      !opensUnit(first, lang) &&
      !lang.preambularOpenings.test(first) &&
      !isFormulaLine(lastText(prev), lang)
    ) {
      const prevText = lastText(prev);
      const lower = OPENS_LOWER.test(first);
      const unfinished =
        !TERMINAL.test(prevText) &&
        !/[,،，]\s*(?:\uE000[^\uE001]*\uE001|\d{1,3})?\s*$/u.test(prevText) &&
        !isHeadingLike(prev.lines.map((l) => l.text).join(' '));
      if (lower || (unfinished && !isHeadingLike(b.lines.map((l) => l.text).join(' ')))) {
        prev.lines.push(...b.lines);
        continue;
      }
    }
    out.push({ lines: [...b.lines], afterBreak: b.afterBreak });
  }
  return out;
}

export type { BodyLine };
