import { citingBlock as blockCiting, plainText } from '../ingest/references.ts';
import type { TFunction } from 'i18next';
import { type Block, CITATION_RELATIONS, type CitationRelation, type Document } from '../model/document.ts';
import { slugify } from '../ingest/symbols.ts';
import { corpus, summarizedCitations } from './corpus.ts';

/** A paragraph of the corpus that cites a document. */
export interface Citation {
  doc: Document;
  block: Block;
  excerpt: string;
  /** What the paragraph does with the cited text (src/ingest/references.ts, relationOf). */
  relation: CitationRelation;
}

/** Blocks that readers cite and link to one by one. */
export const isParagraph = (b: Block): boolean =>
  ['preambular', 'operative', 'subparagraph', 'paragraph'].includes(b.kind);

/** The block a reference stands in; a reference inside a note counts for the paragraph that calls the note. */
export const citingBlock = (doc: Document, where: string): Block | undefined => blockCiting(doc.blocks, where);

/**
 * The symbols a document cites, in the order it first cites them, each with the paragraphs
 * that cite it and what each does with it.
 */
export function citedDocuments(doc: Document): Map<string, { block: Block; relation: CitationRelation }[]> {
  const cited = new Map<string, { block: Block; relation: CitationRelation }[]>();
  for (const r of doc.references) {
    const paragraphs = cited.get(r.symbol) ?? [];
    const block = citingBlock(doc, r.in);
    if (block && !paragraphs.some((p) => p.block === block)) paragraphs.push({ block, relation: r.relation });
    cited.set(r.symbol, paragraphs);
  }
  return cited;
}

/** Citations grouped by relation, in the schema's order, each group with its count of distinct documents. */
export function byRelation(
  citations: Citation[],
): { relation: CitationRelation; citations: Citation[]; documents: number }[] {
  return CITATION_RELATIONS.map((relation) => {
    const these = citations.filter((c) => c.relation === relation);
    return { relation, citations: these, documents: new Set(these.map((c) => c.doc)).size };
  }).filter((g) => g.citations.length > 0);
}

/** A short excerpt around the first mention of `text` in a block. */
export function excerpt(block: Block, text: string, width = 160): string {
  const t = plainText(block.inlines).replace(/\s+/g, ' ').trim();
  const at = Math.max(0, t.indexOf(text));
  const start = Math.max(0, at - width / 2);
  const end = Math.min(t.length, start + width);
  return `${start > 0 ? '…' : ''}${t.slice(start, end).trim()}${end < t.length ? '…' : ''}`;
}

/** A document's operative paragraphs and notes, counted. */
export const countsOf = (doc: Document): { operative: number; notes: number } => ({
  operative: doc.blocks.filter((b) => b.kind === 'operative').length,
  notes: doc.footnotes.length,
});

let index: Promise<Map<string, Citation[]>> | undefined;

/** Every cited symbol → every paragraph of the corpus that cites it, in corpus order. */
export function citationIndex(): Promise<Map<string, Citation[]>> {
  index ??= corpus().then(({ documents }) => {
    const bySymbol = new Map<string, Citation[]>();
    for (const doc of documents) {
      // The build summarized each document's citations when it ingested it: no text read here.
      const citing =
        summarizedCitations(doc) ??
        doc.references.flatMap((r) => {
          const block = citingBlock(doc, r.in);
          return block ? [{ symbol: r.symbol, block, excerpt: excerpt(block, r.text), relation: r.relation }] : [];
        });
      const seen = new Set<string>();
      for (const { symbol, block, excerpt: words, relation } of citing) {
        const key = `${symbol} ${block.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = bySymbol.get(symbol) ?? [];
        list.push({ doc, block: block as Block, excerpt: words, relation });
        bySymbol.set(symbol, list);
      }
    }
    return bySymbol;
  });
  return index;
}

export const refSlug = (symbol: string): string => slugify(symbol);

/** A paragraph as readers of the page call it: "paragraphe 12", "alinéa 3 du préambule". */
export const paragraphName = (b: Block, tr: TFunction): string =>
  b.kind === 'preambular' ? tr('para.namePreambular', { n: b.label }) : tr('para.name', { n: paragraphLabel(b) });

/** In a list of paragraph numbers ("1, 58, 92"): the number, but a preambular paragraph by name, not to be read as operative 3. */
export const paragraphShort = (b: Block, tr: TFunction): string =>
  b.kind === 'preambular' ? paragraphName(b, tr) : paragraphLabel(b);

/**
 * A paragraph's number as the page prints it before the text: "12." for an operative
 * paragraph, "a)" for a sub-paragraph, none for a preambular or unnumbered one. The document
 * page and each paragraph's own page both print it from here, so they cannot disagree.
 */
export const printedNumber = (b: Block): string | null =>
  b.kind === 'subparagraph' && b.label ? `${b.label})` : b.kind === 'operative' && b.label ? `${b.label}.` : null;

/**
 * The text of a paragraph's number link and, only where that text does not say which
 * paragraph it is (the ¶ of a preambular paragraph), an accessible name: a screen reader
 * reads "12." as printed, and "preambular paragraph 3" rather than "pilcrow".
 */
export const numberLink = (b: Block, tr: TFunction): { text: string; label?: string } => {
  const printed = printedNumber(b);
  return printed ? { text: printed } : { text: '¶', label: paragraphName(b, tr) };
};

/** The printed number of a paragraph, for "paragraph 12" and link texts. */
export const paragraphLabel = (b: Block): string =>
  b.kind === 'subparagraph'
    ? b.id.replace(/^(?:annex\d+-)?p/, '').replace(/-/g, ' ')
    : (b.label ?? b.id.replace(/^para-/, ''));
