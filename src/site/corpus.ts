import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGlossaries } from '../glossary/glossary.ts';
import { type Corpus, isContentError, loadCorpus, slugClashes } from '../ingest/corpus.ts';
import type { Document } from '../model/document.ts';
import type { CitingParagraph, CorpusManifest, DocumentSummary, Ingested } from '../model/summary.ts';

let loaded: Promise<Corpus> | undefined;

/** Where editors' content lives (RESOLU_CONTENT lets the tests build from fixtures). */
export const contentDir = (): string => process.env.RESOLU_CONTENT ?? 'content';

/**
 * The corpus. Under `npm run build` (src/cli/build.ts) it was ingested beforehand, into a
 * cache that RESOLU_CORPUS describes: each document is then a summary in memory whose text
 * (blocks, notes, masthead) is read from its model file when a page asks for it, so memory
 * does not grow with the corpus. Otherwise (`astro check`, a bare `astro build`) it is
 * ingested here, once per build, from seeds/ and content/.
 * Problems (unreadable files, invalid metadata) are printed with what to do; they never
 * stop the build. Editors' content that no longer fits its text (a stale correction) does,
 * through site/annotations.ts, which checks all of content/ at once.
 */
export function corpus(): Promise<Corpus> {
  // RESOLU_SEEDS / RESOLU_CONTENT let the tests build a site from fixture texts.
  loaded ??= (
    process.env.RESOLU_CORPUS
      ? fromManifest(process.env.RESOLU_CORPUS)
      : loadCorpus(process.env.RESOLU_SEEDS ?? 'seeds', contentDir())
  ).then((c) => {
    for (const p of c.problems) console.warn(`[résolu] ${p.message}`);
    return c;
  });
  return loaded;
}

let manifest: CorpusManifest | undefined;
const summaries = new WeakMap<Document, DocumentSummary>();

async function fromManifest(path: string): Promise<Corpus> {
  manifest = JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
  const problems = [...manifest.problems];
  const documents: Document[] = [];
  for (const { key } of manifest.sources) {
    const ingested = JSON.parse(readFileSync(join(manifest.cacheDir, 'summaries', `${key}.json`), 'utf8')) as Ingested;
    if (!ingested.ok) {
      problems.push(ingested.diagnostic);
      continue;
    }
    const doc = withTextOnDemand(
      ingested.summary.document as Document,
      join(manifest.cacheDir, 'models', `${key}.json`),
    );
    summaries.set(doc, ingested.summary);
    documents.push(doc);
  }
  problems.push(...slugClashes(documents));
  const { glossaries } = await loadGlossaries(contentDir());
  const contentErrors = documents.flatMap((d) => d.diagnostics.filter(isContentError));
  return { documents, problems, contentErrors, glossaries };
}

/**
 * The texts last read, newest last. Pages are rendered one at a time and each reads a few
 * documents (its own, its language versions), so a few hundred kept is plenty and bounds
 * memory whatever the corpus.
 */
const texts = new Map<string, Document>();
const KEPT_TEXTS = 200;
function textOf(path: string): Document {
  let doc = texts.get(path);
  if (doc) texts.delete(path);
  else doc = JSON.parse(readFileSync(path, 'utf8')) as Document;
  texts.set(path, doc);
  if (texts.size > KEPT_TEXTS) texts.delete(texts.keys().next().value!);
  return doc;
}

function withTextOnDemand(head: Document, path: string): Document {
  for (const part of ['header', 'blocks', 'footnotes', 'linkHints'] as const)
    Object.defineProperty(head, part, { get: () => textOf(path)[part], enumerable: true });
  return head;
}

/**
 * What a document's pages show beyond its own text, as one digest (src/build/render-keys.ts):
 * an incremental build renders them again only when it changes. Undefined outside
 * `npm run build`, where every page is rendered.
 */
export const renderKeyOf = (doc: Document): string | undefined => manifest?.renderKeys[`${doc.language}/${doc.slug}`];
/**
 * Whether this build writes a document's own pages: always, but in a split build
 * (`--lang`, `--shard`), only for its part; every part still sees the whole corpus, so
 * links, "cited by" and the site-wide pages are the same in all parts.
 */
let partPages: Set<string> | undefined;
export const inThisPart = (doc: Document): boolean => {
  if (!manifest?.part) return true;
  partPages ??= new Set(manifest.part.pages);
  return partPages.has(`${doc.language}/${doc.slug}`);
};

/** Whether `npm run build` (src/cli/build.ts) prepared this build: then it is incremental. */
export const builtByBuildCommand = (): boolean => !!process.env.RESOLU_CORPUS;

/** The documents (`{lang}/{slug}`) whose pages this incremental build writes again. */
export const changedPages = (): string[] => manifest?.changed ?? [];

/** The paragraphs of a document that cite other texts, when the build summarized them (else undefined). */
export const summarizedCitations = (doc: Document): CitingParagraph[] | undefined => summaries.get(doc)?.citations;

/** A document's operative paragraphs and notes, counted, without reading its text when the build summarized it. */
export const summarizedCounts = (doc: Document): DocumentSummary['counts'] | undefined => summaries.get(doc)?.counts;

/** Editors' content to fix before the site can be built; every problem is listed at once. */
export class ContentError extends Error {
  constructor(messages: string[]) {
    super(`content/ needs fixing before the site can be built:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Symbol → the document that carries it here, for links inside the site. With several
 * language versions, the French one (the default language) is preferred, then the first.
 */
let symbols: Promise<Map<string, Document>> | undefined;
export function symbolIndex(): Promise<Map<string, Document>> {
  // Built once per build: every page asks for it.
  symbols ??= corpus().then(({ documents }) => preferredBySymbol(documents));
  return symbols;
}

/** The rule of symbolIndex, for any list of documents (the build's render keys use it too). */
export function preferredBySymbol<D extends Pick<Document, 'language' | 'metadata'>>(documents: D[]): Map<string, D> {
  const index = new Map<string, D>();
  for (const d of documents) {
    const symbol = d.metadata.symbol;
    if (symbol && (!index.has(symbol) || d.language === 'fr')) index.set(symbol, d);
  }
  return index;
}

/** Newest first; documents without a date last, then by slug, so the order is stable. */
export const byDate = (a: Document, b: Document): number =>
  (b.metadata.date ?? '').localeCompare(a.metadata.date ?? '') || a.slug.localeCompare(b.slug);

/** Every document of the corpus by symbol, in corpus order: a lookup, not a scan of the corpus per page. */
let bySymbol: Promise<Map<string, Document[]>> | undefined;
export function documentsBySymbol(): Promise<Map<string, Document[]>> {
  bySymbol ??= corpus().then(({ documents }) => {
    const index = new Map<string, Document[]>();
    for (const d of documents)
      if (d.metadata.symbol) index.set(d.metadata.symbol, [...(index.get(d.metadata.symbol) ?? []), d]);
    return index;
  });
  return bySymbol;
}

/** The other language versions of a document in the corpus: same symbol, other language. */
export async function versionsOf(doc: Document): Promise<Document[]> {
  if (!doc.metadata.symbol) return [];
  const same = (await documentsBySymbol()).get(doc.metadata.symbol) ?? [];
  return same.filter((d) => d !== doc && d.language !== doc.language);
}
