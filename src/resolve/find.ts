/**
 * The resolver's grammar: ingest's own (src/ingest/references.ts and the language tables),
 * run on any text. Pure — no fs, no word lists, no franc — so that the same module runs in
 * the CLI (src/cli/resolve.ts) and, bundled by esbuild, in the browser (src/resolve/browser.ts).
 */
import type { Instrument } from '../glossary/glossary.ts';
import { bodyById } from '../ingest/data/bodies.ts';
import { TABLES } from '../ingest/languages/index.ts';
import { CALL_CLOSE, CALL_OPEN } from '../ingest/layout.ts';
import { toInlines } from '../ingest/references.ts';
import { undocsUrl } from '../ingest/symbols.ts';
import type { Language } from '../model/document.ts';

/** A reference found in a text: the document it names, the words that name it, where they start. */
export interface Found {
  symbol: string;
  text: string;
  offset: number;
  /** "paragraph 5 of resolution 70/1": the paragraph id the link can land on (p5). */
  paragraph?: string;
}

/** Symbol → its documents here, as `lang/slug` (/data/symbols.json). */
export type SymbolIndex = Record<string, string[]>;

/** Named instruments per language of the text (the glossaries' `instruments`). */
export type Instruments = Partial<Record<Language, { name: string; variants?: string[]; symbol: string }[]>>;

/**
 * What ingest knows of a text beyond its words (ids of src/ingest/data/bodies.ts): the body
 * that issued it ("sa résolution 78/1" is one of its own) and the body named by the heading
 * it stands under. A pasted text has neither: resolutions then belong to the body named
 * after them, else to the Council when year-numbered and the Assembly when session-numbered.
 */
export interface Context {
  ownBody?: string | null;
  sectionBody?: string | null;
}

/**
 * Every reference ingest finds in `text`, read as a text in `language`: symbols,
 * resolutions cited by number, instruments named by the glossary.
 */
export function findReferences(
  text: string,
  language: Language,
  instruments: Instruments = {},
  context: Context = {},
): Found[] {
  // Ingest's note-call markers are not text a reader pastes: blanked, offsets kept.
  const clean = text.replace(new RegExp(`[${CALL_OPEN}${CALL_CLOSE}]`, 'gu'), ' ');
  const found: Found[] = [];
  let offset = 0;
  const named: Instrument[] = (instruments[language] ?? []).map((i) => ({ ...i, variants: i.variants ?? [] }));
  const ctx = {
    language,
    table: TABLES[language],
    ownBody: bodyById(context.ownBody ?? ''),
    sectionBody: bodyById(context.sectionBody ?? ''),
    instruments: named,
  };
  for (const i of toInlines(clean, ctx)) {
    if (i.t === 'noteref') continue;
    if (i.t === 'ref')
      found.push({ symbol: i.symbol, text: i.v, offset, ...(i.paragraph !== undefined && { paragraph: i.paragraph }) });
    offset += i.v.length;
  }
  return found;
}

/**
 * Where a reference leads: its document here — the version in `lang`, else the French one
 * (as the site's own pages choose), else the first — at the paragraph the text names; else
 * undocs.org in `lang`. `root` is the way to the site root ("../../", or "/" for the CLI).
 */
export function linkFor(
  f: Found,
  lang: Language,
  index: SymbolIndex | undefined,
  root: string,
): { href: string; here: boolean } {
  const versions = index && Object.hasOwn(index, f.symbol) ? index[f.symbol] : [];
  const version =
    versions.find((v) => v.startsWith(`${lang}/`)) ?? versions.find((v) => v.startsWith('fr/')) ?? versions[0];
  return version
    ? { href: `${root}${version}/${f.paragraph ? `#${f.paragraph}` : ''}`, here: true }
    : { href: undocsUrl(f.symbol, lang), here: false };
}

/** The symbol index of a corpus: every document with a symbol, by symbol. */
export function symbolIndexOf(
  documents: { language: string; slug: string; metadata: { symbol?: string | null } }[],
): SymbolIndex {
  const index: SymbolIndex = {};
  for (const d of documents) if (d.metadata.symbol) (index[d.metadata.symbol] ??= []).push(`${d.language}/${d.slug}`);
  for (const versions of Object.values(index)) versions.sort();
  return Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}
