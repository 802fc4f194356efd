import type { Diagnostic, Metadata } from '../model/document.ts';
import { bodyById, resolutionSymbol } from './data/bodies.ts';
import { hanDigits, numeralValue } from './ids.ts';
import type { LanguageTable } from './languages/index.ts';
import { parseDate } from './metadata.ts';
import { isHeadingLike, type TextBlock } from './structure.ts';

/**
 * Security Council resolutions as the annual volumes ("Resolutions and decisions of the
 * Security Council") print them: no symbol, only a heading such as
 * "242 (1967). Resolution of 22 November 1967" or "Resolution 242 (1967)", and pages that
 * hold the end of one resolution, the Council's decisions and the start of the next.
 */

/** A resolution heading found in the text. */
export interface CouncilHeading {
  /** Index of the heading block. */
  at: number;
  number: string;
  /** The year of adoption: the date's year when the printed year disagrees or is garbled. */
  year: string;
  /** The year as printed, when it is not the year of adoption (an OCR misreading). */
  misprinted?: string;
  date: string | null;
  symbol: string;
  line: number;
}

export interface NamedResolution {
  heading: CouncilHeading | null;
  /** The named resolution, with the masthead lines printed above its heading. */
  kept: TextBlock[];
  /** The rest of the page (another resolution's end or start, the volume's decisions): kept unplaced. */
  before: TextBlock[];
  after: TextBlock[];
  diagnostics: Omit<Diagnostic, 'file'>[];
}

/** A heading is a short block: a paragraph that opens with "Resolution 425 (1978)" is not one. */
const HEADING_LIMIT = 200;
/** The adoption date is printed in the heading or in the line or two under it. */
const DATE_REACH = 3;

const COUNCIL = bodyById('SC')!;

function headingAt(blocks: TextBlock[], at: number, lang: LanguageTable): CouncilHeading | null {
  const text = blocks[at].text.trim();
  if (text.length > HEADING_LIMIT || /[,;]$/u.test(text)) return null;
  const m = (lang.councilHeadings ?? []).map((p) => p.exec(text)).find((x) => x?.groups);
  if (!m?.groups) return null;
  let date: string | null = null;
  for (let k = at; k < Math.min(blocks.length, at + DATE_REACH) && !date; k++) {
    if (k > at && lang.formulas.some((f) => f.test(blocks[k].text.trim()))) break;
    date = parseDate(blocks[k].text, lang);
  }
  // Chinese volumes print both in words: "八十七(一九五〇)".
  const printed = hanDigits(m.groups.y.replace(/[\s-]/g, ''));
  const year = date && date.slice(0, 4) !== printed ? date.slice(0, 4) : printed;
  if (!/^\d{4}$/.test(year)) return null;
  const number = String(numeralValue(m.groups.n) ?? Number(m.groups.n));
  if (number === 'NaN') return null;
  return {
    at,
    number,
    year,
    ...(year !== printed && { misprinted: m.groups.y }),
    date,
    symbol: resolutionSymbol(COUNCIL, `${number}(${year})`),
    line: blocks[at].line,
  };
}

const isFormula = (b: TextBlock, lang: LanguageTable) => lang.formulas.some((f) => f.test(b.text.trim()));
const isAdoption = (b: TextBlock, lang: LanguageTable) => lang.councilAdoption?.test(b.text.trim()) === true;

/**
 * Finds the resolution a page is about and sets the rest of the page apart. The named
 * resolution is the first one the text holds whole: its heading, its enacting formula and
 * its adoption line before the next heading; failing that, the first whose heading and
 * formula are both there; failing that, the first heading. It runs from its heading to
 * its last adoption line (or to the next heading). Before its heading, short unpunctuated
 * lines are the page's masthead and stay with it; any other text there, and everything
 * after its end, belongs to other resolutions or to the volume's decisions: it is kept,
 * unplaced, and reported — never merged into the named resolution's paragraphs.
 */
export function namedResolution(blocks: TextBlock[], lang: LanguageTable): NamedResolution {
  const headings: CouncilHeading[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const h = headingAt(blocks, k, lang);
    if (h) headings.push(h);
  }
  if (!headings.length) return { heading: null, kept: blocks, before: [], after: [], diagnostics: [] };
  const end = (h: CouncilHeading) => headings.find((x) => x.at > h.at)?.at ?? blocks.length;
  const span = (h: CouncilHeading) => blocks.slice(h.at + 1, end(h));
  const hasFormula = (h: CouncilHeading) => span(h).some((b) => isFormula(b, lang));
  const complete = (h: CouncilHeading) => hasFormula(h) && span(h).some((b) => isAdoption(b, lang));
  const named = headings.find(complete) ?? headings.find(hasFormula) ?? headings[0];

  let last = end(named);
  const adoption = span(named).findLastIndex((b) => isAdoption(b, lang));
  if (adoption >= 0) last = named.at + 1 + adoption + 1;
  const masthead = blocks.slice(0, named.at);
  const before = masthead.filter((b) => !isHeadingLike(b.text));
  const after = blocks.slice(last);
  const diagnostics: NamedResolution['diagnostics'] = [];
  if (named.misprinted)
    diagnostics.push({
      line: named.line,
      severity: 'warning',
      code: 'council-year-misprinted',
      message: `the heading prints the year "${named.misprinted}" but the resolution was adopted in ${named.year}: ${named.symbol}`,
    });
  const others = headings.filter((h) => h !== named).map((h) => h.symbol);
  if (before.length || after.length)
    diagnostics.push({
      line: (before[0] ?? after[0]).line,
      severity: 'warning',
      code: 'outside-named-resolution',
      message:
        `the page holds more than ${named.symbol}: ${before.length + after.length} block(s) before its heading or after its end ` +
        `kept unplaced${others.length ? ` (other headings: ${others.join(', ')})` : ''}`,
    });
  return {
    heading: named,
    kept: [...masthead.filter((b) => isHeadingLike(b.text)), ...blocks.slice(named.at, last)],
    before,
    after,
    diagnostics,
  };
}

/** The symbol, body, type and date a Council heading gives, where the text printed none. */
export function applyCouncilHeading(metadata: Metadata, heading: CouncilHeading | null): void {
  if (!heading || metadata.symbol) return;
  metadata.symbol = heading.symbol;
  metadata.sources.symbol = 'Council resolution heading (number and year)';
  metadata.type = 'resolution';
  if (!metadata.body) metadata.body = COUNCIL.id;
  if (heading.date) {
    metadata.date = heading.date;
    metadata.sources.date = 'Council resolution heading';
  }
}
