import type { Block, BlockKind, Diagnostic } from '../model/document.ts';
import { SECTION_NUMBER } from './blocks.ts';
import { IdRegistry, asciiDigits, isRoman, latinLetter } from './ids.ts';
import type { LanguageTable } from './languages/index.ts';
import { CALL_CLOSE, CALL_OPEN } from './layout.ts';
import { slugify } from './symbols.ts';
import { isWebFurniture } from './web-furniture.ts';

/** A block of joined text (with call markers) and its first source line. */
export interface TextBlock {
  text: string;
  line: number;
}

/** A block classified, before its text becomes inlines. */
export interface Classified {
  kind: BlockKind;
  id: string;
  label?: string;
  level?: number;
  part: number;
  text: string;
  line: number;
}

export interface Structure {
  header: TextBlock[];
  blocks: Classified[];
  diagnostics: Omit<Diagnostic, 'file'>[];
}

const withoutCalls = (t: string): string =>
  t.replace(new RegExp(`${CALL_OPEN}[^${CALL_CLOSE}]*${CALL_CLOSE}`, 'gu'), '');

/** Short, unpunctuated at the end, not opening in lower case: a title or heading. */
export function isHeadingLike(text: string): boolean {
  const t = withoutCalls(text).trim();
  return (
    t.length > 0 &&
    t.length <= 250 &&
    !/[.;:,!?…؛،؟。；，：！？]$/u.test(t) &&
    !/^[\p{Ll}(«"“]/u.test(t) &&
    /\p{L}{2}/u.test(t)
  );
}

/** Chart debris: numbers, percentages and short labels scattered by the extraction. */
const isFragment = (t: string): boolean => t.length <= 120 && !/[.;:!?]$/u.test(t.trim()) && t.split(' ').length <= 16;

const HEADER_LIMIT = 16;

/**
 * Classifies blocks into the parts of a UN text (DESIGN.md ids): header, enacting
 * formula, preambular and operative paragraphs, sub-paragraphs, headings, annexes,
 * figures and the closing formula. Vocabulary comes from the language table; the
 * numbering sequence decides between a paragraph and a numbered sub-section title.
 */
export function classify(blocks: TextBlock[], lang: LanguageTable): Structure {
  const diagnostics: Structure['diagnostics'] = [];
  const formulaAt = blocks.findIndex((b) => lang.formulas.some((f) => f.test(b.text.trim())));
  const headerEnd = formulaAt >= 0 && formulaAt <= HEADER_LIMIT ? formulaAt : 0;
  const out: Classified[] = [];
  // A web page's furniture is kept, unplaced and reported, out of the header and paragraphs.
  const furniture = (b: TextBlock): boolean => {
    if (!isWebFurniture(b.text)) return false;
    out.push({ kind: 'unplaced', id: `web-${b.line}`, part, text: b.text, line: b.line });
    diagnostics.push({
      line: b.line,
      severity: 'info',
      code: 'web-furniture',
      message: `kept out of the text as web-page furniture: "${b.text.slice(0, 60)}"`,
    });
    return true;
  };
  let part = 0;
  const header = blocks.slice(0, headerEnd).filter((b) => !furniture(b));

  let formulas = 0;
  // After the closing line ("Adopted at the 506th meeting", "68th plenary meeting") the
  // resolution is over: what follows before another formula or annex (a site's notes, the
  // decisions printed on the same page, the next resolution's heading) is not its text.
  let closed = false;
  let zone: 'free' | 'preamble' | 'operative' = 'free';
  let lastNumber = 0;
  let pp = 0;
  let para = 0;
  let parent: Classified | null = null;
  let letter: string | null = null;
  // A heading with no printed label is named by its rank among such headings ("h3"), like a
  // paragraph by its number: the same in every language version of the text, and short.
  let headings = 0;
  const headingId = (): string => `h${++headings}`;
  const add = (c: Omit<Classified, 'part'>): Classified => {
    const full = { ...c, part };
    out.push(full);
    return full;
  };

  for (let i = headerEnd; i < blocks.length; i++) {
    const { line } = blocks[i];
    const text = asciiDigits(blocks[i].text.trim());
    const plain = withoutCalls(text);
    if (furniture(blocks[i])) continue;
    if (lang.formulas.some((f) => f.test(plain))) {
      if (formulas++ > 0 && zone !== 'free') part++;
      if (formulas > 1 && out.length && out[out.length - 1].kind === 'heading' && out[out.length - 1].part !== part)
        out[out.length - 1].part = part;
      zone = 'preamble';
      closed = false;
      lastNumber = 0;
      pp = 0;
      para = 0;
      add({ kind: 'formula', id: 'formula', text, line });
      continue;
    }
    const annex = lang.annex.exec(plain);
    if (annex) {
      part++;
      zone = 'free';
      closed = false;
      lastNumber = 0;
      pp = 0;
      para = 0;
      add({ kind: 'heading', id: `annex${part}`, level: 1, label: annex.groups?.n, text, line });
      continue;
    }
    if (lang.closing.test(plain)) {
      add({ kind: 'closing', id: 'closing', text, line });
      closed = formulas > 0;
      continue;
    }
    if (closed) {
      add({ kind: 'unplaced', id: `after-${line}`, text, line });
      diagnostics.push({
        line,
        severity: 'info',
        code: 'after-closing',
        message: `kept as unplaced: text after the closing line, outside the resolution: "${plain.slice(0, 60)}"`,
      });
      continue;
    }
    if (lang.figure.test(plain)) {
      i = figure(blocks, i, lang, out, part);
      continue;
    }
    const num = lang.operativeNumber.exec(text);
    if (num?.groups) {
      const n = Number(num.groups.n);
      const rest = text.slice(num[0].length);
      if (
        n === lastNumber + 1 ||
        (lastNumber === 0 && zone !== 'free' && n === 1) ||
        (!isHeadingLike(rest) && n > lastNumber)
      ) {
        if (n !== lastNumber + 1)
          diagnostics.push({
            line,
            severity: 'warning',
            code: 'paragraph-number-gap',
            message: `paragraph ${n} follows paragraph ${lastNumber}`,
          });
        lastNumber = n;
        zone = 'operative';
        parent = add({ kind: 'operative', id: `p${n}`, label: String(n), text: rest, line });
        letter = null;
        continue;
      }
      if (isHeadingLike(rest)) {
        add({ kind: 'heading', id: headingId(), level: 3, label: String(n), text: rest, line });
        continue;
      }
      diagnostics.push({
        line,
        severity: 'warning',
        code: 'paragraph-number-out-of-sequence',
        message: `paragraph ${n} after paragraph ${lastNumber}: kept with its printed number`,
      });
      parent = add({ kind: 'operative', id: `p${n}`, label: String(n), text: rest, line });
      continue;
    }
    const sub = lang.subParagraph.exec(text);
    if (sub?.groups && isHeadingLike(text.slice(sub[0].length))) {
      // A lettered line without final punctuation titles a sub-section (reports).
      add({ kind: 'heading', id: headingId(), level: 4, label: sub.groups.l, text: text.slice(sub[0].length), line });
      continue;
    }
    if (sub?.groups && parent) {
      const printed = sub.groups.l;
      const asLetter = latinLetter(printed, lang.subLetters);
      const predecessor: string = letter ? String.fromCharCode(letter.charCodeAt(0) + 1) : 'a';
      const roman = isRoman(printed) && letter !== null && asLetter !== predecessor;
      const rest = text.slice(sub[0].length);
      if (roman)
        add({ kind: 'subparagraph', id: `${parent.id}-${letter}-${printed}`, label: printed, text: rest, line });
      else {
        letter = asLetter ?? printed;
        add({ kind: 'subparagraph', id: `${parent.id}-${letter}`, label: printed, text: rest, line });
      }
      continue;
    }
    if (/^[\d\s,.%()–+-]+$/u.test(plain)) {
      // Numbers alone on a line: chart values set loose by the extraction, never a paragraph.
      add({ kind: 'unplaced', id: `frag-${line}`, text, line });
      continue;
    }
    const section = SECTION_NUMBER.exec(text);
    if (section?.groups && isHeadingLike(text)) {
      const roman = isRoman(section.groups.n) && section.groups.n !== 'C' && section.groups.n !== 'D';
      add({
        kind: 'heading',
        id: `sec-${section.groups.n.toLowerCase()}`,
        level: roman ? 1 : 2,
        label: section.groups.n,
        text: text.replace(/^\S+\s+/, ''),
        line,
      });
      continue;
    }
    // In the preamble, a line that opens like a preambular paragraph is one, even if the
    // extraction lost its final comma.
    if (
      isHeadingLike(text) &&
      !/^[•▪◦‣●]\s/u.test(plain) &&
      !(zone === 'preamble' && (/[,،，]$/u.test(plain) || lang.preambularOpenings.test(plain)))
    ) {
      add({ kind: 'heading', id: headingId(), level: 2, text, line });
      continue;
    }
    // A fragment (one page of a web copy) may start inside the preamble, its formula on an
    // earlier page: a block that opens and ends like a preambular paragraph opens the preamble.
    if (formulaAt < 0 && zone === 'free' && lang.preambularOpenings.test(plain) && /[,،，]$/u.test(plain.trim())) {
      zone = 'preamble';
      diagnostics.push({
        line,
        severity: 'warning',
        code: 'formula-missing',
        message: 'no enacting formula: the text starts inside the preamble (a fragment?)',
      });
    }
    if (zone === 'preamble' && (lang.preambularOpenings.test(plain) || /[,،，]$/.test(plain.trim()))) {
      pp++;
      parent = add({ kind: 'preambular', id: `pp${pp}`, label: String(pp), text, line });
      letter = null;
      continue;
    }
    if (zone === 'preamble') zone = 'operative';
    para++;
    parent = add({ kind: 'paragraph', id: `para-${para}`, text, line });
    letter = null;
  }
  assignIds(out, diagnostics);
  return { header, blocks: out, diagnostics };
}

/**
 * Gathers a figure: its label and caption, the description and source that follow, and
 * the chart debris (numbers, short labels) just before it, so none of it lands in a
 * paragraph. Returns the index of the last block taken.
 */
function figure(blocks: TextBlock[], at: number, lang: LanguageTable, out: Classified[], part: number): number {
  const taken: string[] = [];
  const debris = (c: Classified) =>
    c.kind === 'unplaced' || (c.kind === 'heading' && c.level === 2 && isFragment(c.text));
  while (out.length && debris(out[out.length - 1])) taken.unshift(out.pop()!.text);
  let end = at;
  const caption = blocks[at].text.replace(/\n/g, ' ');
  const rest = blocks.slice(at + 1, at + 6);
  const source = rest.findIndex((b) => lang.figureSource.test(b.text.trim()));
  if (source >= 0) end = at + 1 + source;
  else if (rest[0] && isHeadingLike(rest[0].text)) end = at + 1;
  const parts = [caption, ...blocks.slice(at + 1, end + 1).map((b) => b.text)];
  const label = lang.figure.exec(caption.trim())?.[0] ?? caption.trim().split(/\s+/).slice(0, 2).join(' ');
  out.push({
    kind: 'figure',
    id: `fig-${slugify(label)}`,
    label: label.trim(),
    part,
    text: parts.join('\n'),
    line: blocks[at].line,
  });
  if (taken.length) out[out.length - 1].text += `\n\u2063${taken.join(' · ')}`;
  return end;
}

/** Ids unique on the page; an annex that reuses the body's numbers takes "annex{N}-". */
function assignIds(blocks: Classified[], diagnostics: Structure['diagnostics']): void {
  const bodyIds = new Set(blocks.filter((b) => b.part === 0).map((b) => b.id));
  const clashes = new Set(
    blocks.filter((b) => b.part > 0 && /^(?:pp|p|para-)\d/.test(b.id) && bodyIds.has(b.id)).map((b) => b.part),
  );
  const registry = new IdRegistry();
  for (const b of blocks) {
    if (clashes.has(b.part) && !b.id.startsWith('annex')) b.id = `annex${b.part}-${b.id}`;
    const id = registry.claim(b.id);
    if (id !== b.id && /^(?:pp|p|para-|annex)/.test(b.id)) {
      diagnostics.push({
        line: b.line,
        severity: 'warning',
        code: 'duplicate-id',
        message: `${b.id} is used twice; the second is ${id}`,
      });
    }
    b.id = id;
  }
}
