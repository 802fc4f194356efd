/**
 * The rules that classify a block, in the order they are tried (as in bluebell's grammar):
 * the first rule that claims a block decides what it is, and the last one, `paragraph`,
 * never refuses. Each rule is named; the name stays on the block (`rule`), so
 * `npm run ingest -- --blocks` shows which rule won and why a block is what it is.
 */
import { SECTION_NUMBER } from './blocks.ts';
import { asciiDigits, isRoman, latinLetter, numeralValue } from './ids.ts';
import type { LanguageTable } from './languages/index.ts';
import { betweenNeighbours, misreadOperativeNumber, misreadSubLetter } from './ocr-numbers.ts';
import type { Classified, Structure, TextBlock } from './structure.ts';
import { isFragment, isHeadingLike, withoutCalls } from './structure-text.ts';
import { slugify } from './symbols.ts';
import { isWebFurniture } from './web-furniture.ts';

/** What the rules share while they walk the blocks in order. */
export interface ClassifyState {
  lang: LanguageTable;
  blocks: TextBlock[];
  /** The block being classified; a rule that takes several blocks (figure) moves it on. */
  i: number;
  out: Classified[];
  diagnostics: Structure['diagnostics'];
  /** 0 = the body, N = annex N (or the Nth resolution of a text holding several). */
  part: number;
  formulas: number;
  zone: 'free' | 'preamble' | 'operative';
  lastNumber: number;
  pp: number;
  para: number;
  /** The paragraph sub-paragraphs attach to, and the last letter seen under it. */
  parent: Classified | null;
  letter: string | null;
  /** Headings with no printed label are named by rank ("h3"): the same in every language. */
  headings: number;
  /** The text has an enacting formula (a fragment of a web copy may not). */
  hasFormula: boolean;
  /** The closing line has been read: until another formula or annex, nothing is the resolution's. */
  closed: boolean;
}

/** The block under a rule's eyes: its text, without note calls, and readings shared by rules. */
export interface Candidate {
  text: string;
  plain: string;
  line: number;
  /** The printed paragraph number, read once (OCR misreadings resolved by the sequence). */
  number: () => { n: number; printed: string; rest: string } | null;
  /** The printed sub-paragraph label, read once. */
  letter: () => { printed: string; as: string | null; rest: string } | null;
}

export interface Rule {
  name: string;
  /** Claims the block (true) or leaves it to the next rule (false). */
  claims: (s: ClassifyState, c: Candidate) => boolean;
}

export function add(s: ClassifyState, rule: string, c: Omit<Classified, 'part' | 'rule'>): Classified {
  const full = { ...c, part: s.part, rule };
  s.out.push(full);
  return full;
}

const restart = (s: ClassifyState) => {
  s.closed = false;
  s.lastNumber = 0;
  s.pp = 0;
  s.para = 0;
};
const headingId = (s: ClassifyState) => `h${++s.headings}`;
const nextLetter = (s: ClassifyState) => (s.letter ? String.fromCharCode(s.letter.charCodeAt(0) + 1) : 'a');

/** A web page's furniture (breadcrumbs, captions, "read the full text"): kept, unplaced and reported. */
export function keptAsWebFurniture(s: ClassifyState, b: TextBlock): boolean {
  if (!isWebFurniture(b.text)) return false;
  add(s, 'web furniture', { kind: 'unplaced', id: `web-${b.line}`, text: b.text, line: b.line });
  s.diagnostics.push({
    line: b.line,
    severity: 'info',
    code: 'web-furniture',
    message: `kept out of the text as web-page furniture: "${b.text.slice(0, 60)}"`,
  });
  return true;
}

const webFurniture: Rule = { name: 'web furniture', claims: (s) => keptAsWebFurniture(s, s.blocks[s.i]) };

/** The enacting formula ("The General Assembly,"): a preamble starts; a second one starts a new part. */
const formula: Rule = {
  name: 'formula',
  claims(s, c) {
    if (!s.lang.formulas.some((f) => f.test(c.plain))) return false;
    if (s.formulas++ > 0 && s.zone !== 'free') s.part++;
    const last = s.out[s.out.length - 1];
    if (s.formulas > 1 && last?.kind === 'heading' && last.part !== s.part) last.part = s.part;
    s.zone = 'preamble';
    restart(s);
    add(s, 'formula', { kind: 'formula', id: 'formula', text: c.text, line: c.line });
    return true;
  },
};

/** "Annex", "Annexe II": a new part, whose numbering restarts. */
const annex: Rule = {
  name: 'annex',
  claims(s, c) {
    const m = s.lang.annex.exec(c.plain);
    if (!m) return false;
    s.part++;
    s.zone = 'free';
    restart(s);
    add(s, 'annex', {
      kind: 'heading',
      id: `annex${s.part}`,
      level: 1,
      label: m.groups?.n,
      text: c.text,
      line: c.line,
    });
    return true;
  },
};

/** The meeting and date of adoption ("68th plenary meeting", "Adopted at the 1382nd meeting"). */
const closing: Rule = {
  name: 'closing',
  claims(s, c) {
    if (!s.lang.closing.test(c.plain) && !s.lang.councilAdoption?.test(c.plain)) return false;
    add(s, 'closing', { kind: 'closing', id: 'closing', text: c.text, line: c.line });
    s.closed = s.formulas > 0;
    return true;
  },
};

/**
 * After the closing line ("Adopted at the 506th meeting", "68th plenary meeting") the
 * resolution is over: what follows before another formula or annex (a site's notes, the
 * decisions printed on the same page, the next resolution's heading) is not its text.
 */
const afterClosing: Rule = {
  name: 'after closing',
  claims(s, c) {
    if (!s.closed) return false;
    add(s, 'after closing', { kind: 'unplaced', id: `after-${c.line}`, text: c.text, line: c.line });
    s.diagnostics.push({
      line: c.line,
      severity: 'info',
      code: 'after-closing',
      message: `kept as unplaced: text after the closing line, outside the resolution: "${c.plain.slice(0, 60)}"`,
    });
    return true;
  },
};

/**
 * A figure: its label and caption, the description and source that follow, and the chart
 * debris (numbers, short labels) just before it, so none of it lands in a paragraph.
 */
const figure: Rule = {
  name: 'figure',
  claims(s, c) {
    if (!s.lang.figure.test(c.plain)) return false;
    const { blocks, out, lang, i } = s;
    const taken: string[] = [];
    const debris = (x: Classified) =>
      x.kind === 'unplaced' || (x.kind === 'heading' && x.level === 2 && isFragment(x.text));
    while (out.length && debris(out[out.length - 1])) taken.unshift(out.pop()!.text);
    let end = i;
    const caption = blocks[i].text.replace(/\n/g, ' ');
    const rest = blocks.slice(i + 1, i + 6);
    const source = rest.findIndex((b) => lang.figureSource.test(b.text.trim()));
    if (source >= 0) end = i + 1 + source;
    else if (rest[0] && isHeadingLike(rest[0].text)) end = i + 1;
    const parts = [caption, ...blocks.slice(i + 1, end + 1).map((b) => b.text)];
    const label = lang.figure.exec(caption.trim())?.[0] ?? caption.trim().split(/\s+/).slice(0, 2).join(' ');
    const fig = add(s, 'figure', {
      kind: 'figure',
      id: `fig-${slugify(label)}`,
      label: label.trim(),
      text: parts.join('\n'),
      line: blocks[i].line,
    });
    if (taken.length) fig.text += `\n\u2063${taken.join(' · ')}`;
    s.i = end;
    return true;
  },
};

/** A numbered paragraph in sequence (or the first of a preamble's operative part). */
const operative: Rule = {
  name: 'operative',
  claims(s, c) {
    const num = c.number();
    if (!num) return false;
    const { n, rest } = num;
    const last = s.lastNumber;
    if (!(n === last + 1 || (last === 0 && s.zone !== 'free' && n === 1) || (!isHeadingLike(rest) && n > last)))
      return false;
    if (n !== last + 1)
      s.diagnostics.push({
        line: c.line,
        severity: 'warning',
        code: 'paragraph-number-gap',
        message: `paragraph ${n} follows paragraph ${last}`,
      });
    s.lastNumber = n;
    s.zone = 'operative';
    s.parent = add(s, 'operative', { kind: 'operative', id: `p${n}`, label: num.printed, text: rest, line: c.line });
    s.letter = null;
    return true;
  },
};

/** A number out of sequence before a title-like line: a numbered sub-section title (reports). */
const numberedHeading: Rule = {
  name: 'numbered heading',
  claims(s, c) {
    const num = c.number();
    if (!num || !isHeadingLike(num.rest)) return false;
    add(s, 'numbered heading', {
      kind: 'heading',
      id: headingId(s),
      level: 3,
      label: String(num.n),
      text: num.rest,
      line: c.line,
    });
    return true;
  },
};

/** A numbered paragraph out of sequence: kept with its printed number, and reported. */
const operativeOutOfSequence: Rule = {
  name: 'operative out of sequence',
  claims(s, c) {
    const num = c.number();
    if (!num) return false;
    s.diagnostics.push({
      line: c.line,
      severity: 'warning',
      code: 'paragraph-number-out-of-sequence',
      message: `paragraph ${num.n} after paragraph ${s.lastNumber}: kept with its printed number`,
    });
    s.parent = add(s, 'operative out of sequence', {
      kind: 'operative',
      id: `p${num.n}`,
      label: String(num.n),
      text: num.rest,
      line: c.line,
    });
    return true;
  },
};

/** A lettered line without final punctuation titles a sub-section (reports), unless it is a list's item. */
const letteredHeading: Rule = {
  name: 'lettered heading',
  claims(s, c) {
    const sub = c.letter();
    // Under a paragraph that announces a list ("Calls upon the parties:"), a lettered line is an item.
    const inList = s.parent !== null && (s.letter !== null || /[:：]\s*$/u.test(withoutCalls(s.parent.text)));
    if (!sub || inList || !isHeadingLike(sub.rest)) return false;
    add(s, 'lettered heading', {
      kind: 'heading',
      id: headingId(s),
      level: 4,
      label: sub.printed,
      text: sub.rest,
      line: c.line,
    });
    return true;
  },
};

/** A lettered sub-paragraph of the paragraph before it: `p2-a`, or `p2-a-ii` for a roman item under a letter. */
const subparagraph: Rule = {
  name: 'sub-paragraph',
  claims(s, c) {
    const sub = c.letter();
    if (!sub || !s.parent) return false;
    const asLetter = sub.as ?? latinLetter(sub.printed, s.lang.subLetters);
    const roman = isRoman(sub.printed) && s.letter !== null && asLetter !== nextLetter(s);
    const base = { kind: 'subparagraph' as const, label: sub.printed, text: sub.rest, line: c.line };
    if (roman) add(s, 'sub-paragraph', { ...base, id: `${s.parent.id}-${s.letter}-${sub.printed}` });
    else {
      s.letter = asLetter ?? sub.printed;
      add(s, 'sub-paragraph', { ...base, id: `${s.parent.id}-${s.letter}` });
    }
    return true;
  },
};

/** Numbers alone on a line: chart values set loose by the extraction, never a paragraph. */
const chartValues: Rule = {
  name: 'chart values',
  claims(s, c) {
    if (!/^[\d\s,.%()–+-]+$/u.test(c.plain)) return false;
    add(s, 'chart values', { kind: 'unplaced', id: `frag-${c.line}`, text: c.text, line: c.line });
    return true;
  },
};

/** "II. Title", "B. Title": a section heading, roman numerals at the top level. */
const sectionHeading: Rule = {
  name: 'section heading',
  claims(s, c) {
    const section = SECTION_NUMBER.exec(c.text);
    if (!section?.groups || !isHeadingLike(c.text)) return false;
    const n = section.groups.n;
    add(s, 'section heading', {
      kind: 'heading',
      id: `sec-${n.toLowerCase()}`,
      level: isRoman(n) && n !== 'C' && n !== 'D' ? 1 : 2,
      label: n,
      text: c.text.replace(/^\S+\s+/, ''),
      line: c.line,
    });
    return true;
  },
};

const endsLikePreambular = (plain: string) => /[,،，]$/u.test(plain.trim());

/**
 * A short unpunctuated line: a heading. In the preamble, a line that opens like a
 * preambular paragraph is one, even if the extraction lost its final comma.
 */
const heading: Rule = {
  name: 'heading',
  claims(s, c) {
    if (!isHeadingLike(c.text) || /^[•▪◦‣●]\s/u.test(c.plain)) return false;
    if (s.zone === 'preamble' && (/[,،，]$/u.test(c.plain) || s.lang.preambularOpenings.test(c.plain))) return false;
    add(s, 'heading', { kind: 'heading', id: headingId(s), level: 2, text: c.text, line: c.line });
    return true;
  },
};

/** In the preamble, a paragraph that opens with a preambular word or ends with a comma. */
const preambular: Rule = {
  name: 'preambular',
  claims(s, c) {
    // A fragment (one page of a web copy) may start inside the preamble, its formula on an
    // earlier page: a block that opens and ends like a preambular paragraph opens the preamble.
    if (!s.hasFormula && s.zone === 'free' && s.lang.preambularOpenings.test(c.plain) && endsLikePreambular(c.plain)) {
      s.zone = 'preamble';
      s.diagnostics.push({
        line: c.line,
        severity: 'warning',
        code: 'formula-missing',
        message: 'no enacting formula: the text starts inside the preamble (a fragment?)',
      });
    }
    if (s.zone !== 'preamble' || !(s.lang.preambularOpenings.test(c.plain) || endsLikePreambular(c.plain)))
      return false;
    s.pp++;
    s.parent = add(s, 'preambular', {
      kind: 'preambular',
      id: `pp${s.pp}`,
      label: String(s.pp),
      text: c.text,
      line: c.line,
    });
    s.letter = null;
    return true;
  },
};

/** Anything else: an unnumbered paragraph (`para-k`); the preamble, if open, has ended. Never refuses. */
const paragraph: Rule = {
  name: 'paragraph',
  claims(s, c) {
    if (s.zone === 'preamble') s.zone = 'operative';
    s.para++;
    s.parent = add(s, 'paragraph', { kind: 'paragraph', id: `para-${s.para}`, text: c.text, line: c.line });
    s.letter = null;
    return true;
  },
};

export const RULES: readonly Rule[] = [
  webFurniture,
  formula,
  annex,
  closing,
  afterClosing,
  figure,
  operative,
  numberedHeading,
  operativeOutOfSequence,
  letteredHeading,
  subparagraph,
  chartValues,
  sectionHeading,
  heading,
  preambular,
  paragraph,
];

/** The block at `s.i` as the rules see it, with its number and letter read at most once. */
export function candidate(s: ClassifyState): Candidate {
  const { line } = s.blocks[s.i];
  const text = asciiDigits(s.blocks[s.i].text.trim());
  const plain = withoutCalls(text);
  const at = s.i;
  let num: ReturnType<Candidate['number']> | undefined;
  let sub: ReturnType<Candidate['letter']> | undefined;
  return {
    text,
    plain,
    line,
    number: () => (num === undefined ? (num = readNumber(s, at, text, line)) : num),
    letter: () => (sub === undefined ? (sub = readLetter(s, text)) : sub),
  };
}

/** The paragraph number printed at the start, misreadings resolved by the sequence (and reported). */
function readNumber(s: ClassifyState, at: number, text: string, line: number): ReturnType<Candidate['number']> {
  const following = () => nextPrintedNumber(s.blocks, at, s.lang);
  const m =
    s.lang.operativeNumber.exec(text) ??
    numeralNumber(text, s.lang) ??
    misreadOperativeNumber(text, s.lastNumber + 1, following);
  if (!m?.groups) return null;
  const printed = m.groups.printed ?? m.groups.n;
  const n = betweenNeighbours(Number(m.groups.n), s.lastNumber, following);
  if (printed !== String(n))
    s.diagnostics.push({
      line,
      severity: 'info',
      code: 'paragraph-number-misread',
      message: `"${m[0].trim()}" read as paragraph ${n}, the number the sequence expects; printed as is`,
    });
  return { n, printed, rest: text.slice(m[0].length) };
}

/** A number printed in the script's words ("十二、"): its value as `n`, as printed as `printed`. */
function numeralNumber(text: string, lang: LanguageTable): RegExpExecArray | null {
  const m = lang.operativeNumeral?.exec(text);
  const value = m?.groups ? numeralValue(m.groups.w) : null;
  if (!m?.groups || !value) return null;
  m.groups.n = String(value);
  m.groups.printed = m.groups.w;
  return m;
}

function readLetter(s: ClassifyState, text: string): ReturnType<Candidate['letter']> {
  const m = s.lang.subParagraph.exec(text) ?? (s.parent ? misreadSubLetter(text, nextLetter(s)) : null);
  const printed = m?.groups?.l ?? m?.groups?.l2;
  if (!m?.groups || !printed) return null;
  return { printed, as: m.groups.as ?? null, rest: text.slice(m[0].length) };
}

/** The number printed on the next numbered paragraph after block `at`, if one comes soon. */
function nextPrintedNumber(blocks: TextBlock[], at: number, lang: LanguageTable): number | null {
  for (let k = at + 1; k < Math.min(blocks.length, at + 40); k++) {
    const m = lang.operativeNumber.exec(asciiDigits(blocks[k].text.trim()));
    if (m?.groups) return Number(m.groups.n);
  }
  return null;
}
