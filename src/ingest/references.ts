import type { Block, CitationRelation, Footnote, Inline, Language, Reference } from '../model/document.ts';
import { BODIES, type Body, bodyById, resolutionSymbol } from './data/bodies.ts';
import type { LanguageTable } from './languages/index.ts';
import { latinLetter } from './ids.ts';
import { CALL_CLOSE, CALL_OPEN } from './layout.ts';
import { normalizeSymbol, SYMBOL_IN_TEXT, undocsUrl } from './symbols.ts';
import type { Instrument } from '../glossary/glossary.ts';
import { namePattern } from '../glossary/name-pattern.ts';

/**
 * A resolution number as printed: "70/125", "50/70 Q" (part Q of 50/70), "2023/3", the
 * Assembly's early sessional numbers "217 A (III)" and "2758 (XXVI)", the Council's "2250 (2015)".
 */
const RES_NUMBER = String.raw`(?:\d{1,4}(?:\s?[A-Z])?\s?\([IVXLC]+\)|\d{1,4}/\d{1,4}(?:\s[A-Z](?![\p{L}\p{N}]))?|\d{3,4}\s?\(\d{4}\))`;
const CONNECTOR = /^\s*,?\s*(?:du |de la |de l[’']\s?|des |de |of the |by the |del |de la )?/u;
const URL = /(?:https?:\/\/|www\.)[^\s<>«»"]+[^\s<>«»".,;:)]/gu;

interface Span {
  start: number;
  end: number;
  inline: Inline;
}

export interface ReferenceContext {
  language: Language;
  table: LanguageTable;
  /** The issuing body of the document: "sa résolution" is one of its own. */
  ownBody: Body | undefined;
  /** The body named by the heading the text stands under ("CONSEIL DES DROITS DE L'HOMME"). */
  sectionBody?: Body;
  /** Named instruments of the language's glossary: cited by name, linked like symbols. */
  instruments?: Instrument[];
}

const fold = (s: string): string => s.toLowerCase().replace(/[’']/g, "'");

/** The body a heading names, whatever its case. */
export function bodyInHeading(heading: string, language: Language): Body | undefined {
  const h = fold(heading);
  return BODIES.find((b) => b.names[language].some((name) => h.includes(fold(name))));
}

/** Which body a cited resolution belongs to (see resolutionSpans). */
function bodyFor(number: string, after: string, before: string, ctx: ReferenceContext): Body {
  const rest = after.replace(CONNECTOR, '');
  const named = BODIES.find((b) => b.names[ctx.language].some((name) => rest.startsWith(name)));
  if (named) return named;
  // The Council numbers its resolutions by year, never by session ("194 (III)"): where the
  // Council would be assumed, a sessional number is the Assembly's.
  const council = bodyById('SC')!;
  const sessional = /\([IVXLC]+\)$/.test(number);
  const unlessCouncil = (b: Body) => (sessional && b === council ? bodyById('GA')! : b);
  if (ctx.table.ownPossessive.test(before) && ctx.ownBody) return unlessCouncil(ctx.ownBody);
  if (ctx.sectionBody) return unlessCouncil(ctx.sectionBody);
  if (/^\d{3,4}\s?\(\d{4}\)$/.test(number)) return bodyById('SC')!;
  // Economic and Social Council resolutions are numbered by year, the Assembly's by session.
  if (/^\d{4}\//.test(number)) return bodyById('ECOSOC')!;
  return bodyById('GA')!;
}

/**
 * Where a list of resolutions goes on after one's date: "70/125 of 16 December 2015 and
 * 77/150", "70/125, de 16 de diciembre de 2015, y 77/150", "70/125 от 16 декабря 2015 года
 * и 77/150". A short connector ("of", "du", ", de", "от", "المؤرخ") then the language's date.
 */
function pastDate(text: string, at: number, ctx: ReferenceContext): number {
  const rest = text.slice(at, at + 80);
  const date = ctx.table.date.exec(rest);
  return date && /^[\s,]*[\p{L}\s]{0,12}$/u.test(rest.slice(0, date.index)) ? at + date.index + date[0].length : at;
}

/**
 * Resolutions cited by number: "résolution 70/125", "Résolutions 56/183, 57/238 … et
 * 76/189", "résolution 2023/3 du Conseil économique et social", "sa résolution 78/1".
 * The body is the one named right after the list, else the document's own after a
 * possessive, else the Council for year-numbered and the Assembly for session-numbered.
 */
function resolutionSpans(text: string, ctx: ReferenceContext): Span[] {
  const spans: Span[] = [];
  const word = new RegExp(ctx.table.resolutionWord.source, 'gu');
  const item = new RegExp(`^${RES_NUMBER}`, 'u');
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (ctx.table.numberBeforeWord) {
      spans.push(...numbersBefore(text, m.index, ctx));
      continue;
    }
    let at = m.index + m[0].length;
    // A body may stand between the word and the number (Arabic "قرار المجلس الاقتصادي والاجتماعي 2023/3")
    // or before the word (English "Economic and Social Council resolution 2023/3").
    const between = BODIES.flatMap((b) => b.names[ctx.language].map((name) => ({ b, name }))).find(({ name }) =>
      text.startsWith(` ${name}`, at),
    );
    if (between) at += between.name.length + 1;
    const preceding = BODIES.find((b) =>
      b.names[ctx.language].some((name) => text.slice(0, m!.index).trimEnd().endsWith(name)),
    );
    const found: { start: number; end: number; n: string }[] = [];
    let gap = /^\s+(?:n[°o]\s*)?/u.exec(text.slice(at));
    while (gap) {
      const it = item.exec(text.slice(at + gap[0].length));
      if (!it) break;
      const start = at + gap[0].length;
      found.push({ start, end: start + it[0].length, n: it[0] });
      at = pastDate(text, start + it[0].length, ctx);
      gap = ctx.table.listAnd.exec(text.slice(at));
    }
    if (found.length === 0) continue;
    const last = found[found.length - 1];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "paragraphe 12 de sa résolution 70/1": the link can land on that paragraph.
    const para =
      found.length === 1 ? ctx.table.paragraphBefore.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    const paragraph = para?.groups
      ? `p${para.groups.n}${para.groups.l ? `-${latinLetter(para.groups.l, ctx.table.subLetters) ?? para.groups.l}` : ''}`
      : undefined;
    for (const f of found) {
      const body = between?.b ?? preceding ?? bodyFor(f.n, text.slice(last.end, last.end + 120), before, ctx);
      const symbol = resolutionSymbol(body, f.n);
      spans.push({
        start: f.start,
        end: f.end,
        inline: {
          t: 'ref',
          v: text.slice(f.start, f.end),
          symbol,
          url: undocsUrl(symbol, ctx.language),
          ...(paragraph && { paragraph }),
        },
      });
    }
  }
  return spans;
}

/** "第70/125和71/212号决议": the numbers stand before the word, the body before them. */
function numbersBefore(text: string, end: number, ctx: ReferenceContext): Span[] {
  // Each number of a list may carry its own "第…号" and date: "第70/125号和2022年12月14日第77/150号决议".
  const next = `号?\\s*[、，,和及]\\s*(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*第?\\s*`;
  const list = new RegExp(`第?\\s*(${RES_NUMBER}(?:${next}${RES_NUMBER})*)\\s*$`, 'u').exec(text.slice(0, end));
  if (!list) return [];
  const start = end - list[0].length + list[0].indexOf(list[1]);
  const before = text.slice(Math.max(0, start - 30), start);
  // The body named last before the numbers (a date may stand between: "理事会2023年6月7日第2023/3号").
  const at = (b: Body) => Math.max(...b.names[ctx.language].map((name) => before.lastIndexOf(name)));
  const named = BODIES.filter((b) => at(b) >= 0).sort((a, b) => at(b) - at(a))[0];
  return [...list[1].matchAll(new RegExp(RES_NUMBER, 'gu'))].map((n) => {
    const body = named ?? bodyFor(n[0], '', before, ctx);
    const symbol = resolutionSymbol(body, n[0]);
    return {
      start: start + n.index,
      end: start + n.index + n[0].length,
      inline: { t: 'ref', v: n[0], symbol, url: undocsUrl(symbol, ctx.language) } as Inline,
    };
  });
}

function symbolSpans(text: string, ctx: ReferenceContext): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SYMBOL_IN_TEXT)) {
    if (!/\d/.test(m.groups!.first)) continue;
    // A joint symbol ("A/78/62-E/2023/49") is one document: undocs serves it under the first.
    const symbol = normalizeSymbol(m.groups!.first);
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      inline: { t: 'ref', v: m[0], symbol, url: undocsUrl(symbol, ctx.language) },
    });
  }
  return spans;
}

/** One pattern per glossary, longest names first so that the fullest wording wins. */
const instrumentPatterns = new WeakMap<Instrument[], { pattern: RegExp; symbolOf: Map<string, string> }>();
function instrumentSpans(text: string, ctx: ReferenceContext): Span[] {
  const instruments = ctx.instruments ?? [];
  if (instruments.length === 0) return [];
  let compiled = instrumentPatterns.get(instruments);
  if (!compiled) {
    const names = instruments
      .flatMap((i) => [i.name, ...i.variants].map((n) => ({ n, symbol: i.symbol })))
      .sort((a, b) => b.n.length - a.n.length);
    const key = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, ' ');
    compiled = {
      pattern: new RegExp(names.map(({ n }) => namePattern(n)).join('|'), 'gu'),
      symbolOf: new Map(names.map(({ n, symbol }) => [key(n), symbol])),
    };
    instrumentPatterns.set(instruments, compiled);
  }
  const { pattern, symbolOf } = compiled;
  return [...text.matchAll(pattern)].map((m) => {
    const symbol = symbolOf.get(m[0].replace(/’/g, "'").replace(/\s+/g, ' '))!;
    return {
      start: m.index,
      end: m.index + m[0].length,
      inline: { t: 'ref', v: m[0], symbol, url: undocsUrl(symbol, ctx.language) } as Inline,
    };
  });
}

function urlSpans(text: string): Span[] {
  return [...text.matchAll(URL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    inline: { t: 'url', v: m[0], href: m[0].startsWith('www.') ? `https://${m[0]}` : m[0] } as Inline,
  }));
}

/** Turns text with call markers into inlines: text, note calls, references and URLs. */
export function toInlines(text: string, ctx: ReferenceContext): Inline[] {
  const out: Inline[] = [];
  const parts = text.split(new RegExp(`${CALL_OPEN}([^${CALL_CLOSE}]*)${CALL_CLOSE}`, 'u'));
  parts.forEach((part, k) => {
    if (k % 2 === 1) {
      out.push({ t: 'noteref', marker: part, id: noteId(part) });
      return;
    }
    const spans = [
      ...urlSpans(part),
      ...symbolSpans(part, ctx),
      ...resolutionSpans(part, ctx),
      ...instrumentSpans(part, ctx),
    ].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // overlapping: the earlier (URL, then symbol, then name) wins
      if (s.start > at) out.push({ t: 'text', v: part.slice(at, s.start) });
      out.push(s.inline);
      at = s.end;
    }
    if (at < part.length) out.push({ t: 'text', v: part.slice(at) });
  });
  return out.filter((i) => i.t !== 'text' || i.v.length > 0);
}

/** DESIGN.md: fn{m}, with `*` → star, `**` → star2. */
export function noteId(marker: string): string {
  if (/^\*+$/.test(marker)) return marker.length === 1 ? 'fnstar' : `fnstar${marker.length}`;
  return `fn${marker}`;
}

export const plainText = (inlines: Inline[]): string =>
  inlines.map((i) => (i.t === 'text' || i.t === 'ref' || i.t === 'url' ? i.v : '')).join('');

/** The block a reference stands in; a reference inside a note counts for the paragraph that calls the note. */
export function citingBlock(blocks: Block[], where: string): Block | undefined {
  const direct = blocks.find((b) => b.id === where);
  if (direct) return direct;
  return blocks.find((b) => b.inlines.some((i) => i.t === 'noteref' && i.id === where));
}

/**
 * What a paragraph does with what it cites, from its opening words in the language's table
 * (`relationOpenings`): `other` when none matches, never guessed. Leading numbering,
 * quotes or markup are skipped.
 */
export function relationOf(text: string, table: LanguageTable): CitationRelation {
  const opening = text.replace(/^[^\p{L}]+/u, '').replace(/\s+/g, ' ');
  for (const [relation, pattern] of Object.entries(table.relationOpenings))
    if (pattern.test(opening)) return relation as CitationRelation;
  return 'other';
}

/** The paragraph whose opening speaks for a block: a sub-paragraph's own paragraph ("Requests …: (a) …"). */
function speaker(blocks: Block[], block: Block): Block {
  if (block.kind !== 'subparagraph') return block;
  for (let k = blocks.indexOf(block) - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind !== 'subparagraph' && block.id.startsWith(`${b.id}-`)) return b;
  }
  return block;
}

/** Every reference of the blocks and notes, with where it is cited and what the citing paragraph does with it. */
export function collectReferences(blocks: Block[], footnotes: Footnote[], table: LanguageTable): Reference[] {
  const relations = new Map<string, CitationRelation>();
  const relation = (where: string): CitationRelation => {
    let r = relations.get(where);
    if (!r) {
      const block = citingBlock(blocks, where);
      r = block ? relationOf(plainText(speaker(blocks, block).inlines), table) : 'other';
      relations.set(where, r);
    }
    return r;
  };
  const refs: Reference[] = [];
  const collect = (where: string, inlines: Inline[]) => {
    for (const i of inlines)
      if (i.t === 'ref') refs.push({ symbol: i.symbol, url: i.url, in: where, text: i.v, relation: relation(where) });
  };
  blocks.forEach((b) => collect(b.id, b.inlines));
  footnotes.forEach((n) => collect(n.id, n.inlines));
  return refs;
}
