/**
 * What the site keeps in memory of each document while it builds: everything but the text
 * (blocks, notes, masthead), which is read from the document's model file when a page
 * needs it. At 20,000 documents the texts would not fit in memory; these summaries do (a
 * few kB each). Written by the build's ingest stage (src/build/), read by the site.
 */
import type { Block, CitationRelation, Diagnostic, Document } from './document.ts';

/** A paragraph that cites a symbol: enough to name it and link to it ("A/RES/80/1, 12"). */
export interface CitingParagraph {
  symbol: string;
  block: Pick<Block, 'id' | 'kind' | 'label'>;
  excerpt: string;
  relation: CitationRelation;
}

export type DocumentHead = Omit<Document, 'blocks' | 'footnotes' | 'header' | 'linkHints'>;

export interface DocumentSummary {
  document: DocumentHead;
  /** The document's citations, one per symbol and citing paragraph, in text order. */
  citations: CitingParagraph[];
  /** Its paragraphs' ids, in order (the same in every language version). */
  blockIds: string[];
  /** Its operative paragraphs and its notes, counted (the catalogue gives both). */
  counts: { operative: number; notes: number };
}

/** One source text of the corpus as the build found it: its summary, or why it was refused. */
export type Ingested =
  | { source: string; key: string; ok: true; summary: DocumentSummary }
  | { source: string; key: string; ok: false; diagnostic: Diagnostic };

/**
 * What the build's orchestrator (src/cli/build.ts) hands the Astro build: where the ingest
 * cache is, each source's key there, and each page group's render key. The site reads it
 * through src/site/corpus.ts when RESOLU_CORPUS names it; without it (a bare `astro build`,
 * `astro check`) the site ingests the corpus itself, as before.
 */
export interface CorpusManifest {
  cacheDir: string;
  sources: { source: string; key: string }[];
  /** Metadata and glossary files refused, each with what to do. */
  problems: Diagnostic[];
  /** `{lang}/{slug}` → the digest of everything a document's pages show (render-keys.ts). */
  renderKeys: Record<string, string>;
  /** Cited symbol → the digest of everything its citation page shows. */
  refKeys: Record<string, string>;
  /** `{lang}/{slug}` of the documents whose pages this build writes again (their render key changed). */
  changed: string[];
  /** A split build's part: only these languages' (or this search shard's) documents are written. */
  part?: { languages?: string[]; shard?: string };
}
