import { type Corpus, loadCorpus } from '../ingest/corpus.ts';
import type { Document } from '../model/document.ts';

let loaded: Promise<Corpus> | undefined;

/** Where editors' content lives (RESOLU_CONTENT lets the tests build from fixtures). */
export const contentDir = (): string => process.env.RESOLU_CONTENT ?? 'content';

/**
 * The corpus, ingested once per build from seeds/ and content/. Problems (unreadable
 * files, invalid metadata) are printed with what to do; they never stop the build.
 * Editors' content that no longer fits its text (a stale correction) does, through
 * site/annotations.ts, which checks all of content/ at once.
 */
export function corpus(): Promise<Corpus> {
  // RESOLU_SEEDS / RESOLU_CONTENT let the tests build a site from fixture texts.
  loaded ??= loadCorpus(process.env.RESOLU_SEEDS ?? 'seeds', contentDir()).then((c) => {
    for (const p of c.problems) console.warn(`[résolu] ${p.message}`);
    return c;
  });
  return loaded;
}

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
  symbols ??= corpus().then(({ documents }) => {
    const index = new Map<string, Document>();
    for (const d of documents) {
      const symbol = d.metadata.symbol;
      if (symbol && (!index.has(symbol) || d.language === 'fr')) index.set(symbol, d);
    }
    return index;
  });
  return symbols;
}

/** Newest first; documents without a date last, then by slug, so the order is stable. */
export const byDate = (a: Document, b: Document): number =>
  (b.metadata.date ?? '').localeCompare(a.metadata.date ?? '') || a.slug.localeCompare(b.slug);

/** The other language versions of a document in the corpus: same symbol, other language. */
export async function versionsOf(doc: Document): Promise<Document[]> {
  if (!doc.metadata.symbol) return [];
  const { documents } = await corpus();
  return documents.filter((d) => d !== doc && d.metadata.symbol === doc.metadata.symbol && d.language !== doc.language);
}
