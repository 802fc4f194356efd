import type { Language } from '../model/document.ts';
import { SYMBOL_SERIES } from '../model/symbol-parts.ts';

/**
 * A UN document symbol in running text, one component a line:
 *   series         A, E, ESCAP, TD …                     (model/symbol-parts.ts)
 *   /components    RES, C.2, CONF.157, L.11, ES-11, 78, 2023 …  (letters with -number or .number, or numbers)
 *   part           "(Part I)", "(Parts I and II)" after a conference report, then "/Corr.2"
 *   joint          "-E/2023/49": the same text under a second symbol
 */
const SERIES = SYMBOL_SERIES.slice()
  .sort((a, b) => b.length - a.length)
  .join('|');
const COMPONENT = String.raw`(?:[A-Z][A-Za-z]*(?:-\d+)?(?:\.[0-9A-Z]+)*|\d+(?:\.\d+)?)`;
// "(Part I)", "(Parts I and II)", "(Partie III)", "(Часть I)"; a corrigendum may follow it ("(Part I)/Corr.2").
const PART = String.raw`\s?\((?:Parts?|Partie|Parte|Часть|Vols?\.?)\s?[IVX\d]+(?:\s(?:and|et|y|и|to|à|a)\s[IVX\d]+)?\)`;
const SINGLE = String.raw`(?:${SERIES})(?:/${COMPONENT})+(?:${PART}(?:/${COMPONENT})*)?`;
export const SYMBOL_IN_TEXT = new RegExp(
  // Latin letters and digits may not touch a symbol; Chinese and Arabic script may ("见A/70/PV.95").
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}/.])(?<first>${SINGLE})(?:-(?<joint>${SINGLE}))?(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}/])`,
  'gu',
);

/** Canonical form: no spaces ("A/CONF.157/24 (Part I)" → "A/CONF.157/24(PartI)"), as undocs.org spells it. */
export function normalizeSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, '').replace(/[.,;:]+$/, '');
}

/** A symbol must carry a number somewhere; "A/RES" alone is not a document. */
const WHOLE_SYMBOL = new RegExp(`^${SINGLE}$`, 'u');
export function isSymbol(candidate: string): boolean {
  return /\d/.test(candidate) && WHOLE_SYMBOL.test(candidate);
}

export function undocsUrl(symbol: string, language: Language): string {
  return `https://undocs.org/${language}/${normalizeSymbol(symbol)}`;
}

/** DESIGN.md slug contract: lower-case, runs outside [a-z0-9] → "-", trimmed. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Reads a symbol back from an undocs.org address (any host spelling), or null. */
export function symbolFromUndocsUrl(url: string): { language: string; symbol: string } | null {
  const m = /^https?:\/\/(?:www\.)?undocs\.org\/(?:(?<lang>ar|en|es|fr|ru|zh)\/)?(?<symbol>.+?)\/?$/i.exec(url);
  return m?.groups ? { language: m.groups.lang ?? '', symbol: decodeURIComponent(m.groups.symbol) } : null;
}

/**
 * The symbol a PDF's file name spells, as libraries and transcriptions name official
 * files: slashes become underscores or spaces, and a language suffix follows
 * ("A_RES_80_1-EN.pdf", "Page:A ES-11 L.1 C.pdf/2" → A/ES-11/L.1). Null if the name is
 * no symbol.
 */
export function symbolFromPdfName(text: string): string | null {
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?<name>[A-Z][A-Za-z0-9.\- _]{2,80}?)\.pdf\b/gu)) {
    const base = m.groups!.name.replace(/[-_ ](?:EN|FR|ES|RU|AR|ZH|[ACEFRS])$/u, '');
    const candidate = base.replace(/[ _]+/g, '/');
    if (isSymbol(candidate)) return candidate;
  }
  return null;
}
