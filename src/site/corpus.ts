import { loadCorpus } from '../ingest/corpus.ts';
import type { Diagnostic, Document } from '../model/document.ts';

let loaded: Promise<{ documents: Document[]; problems: Diagnostic[] }> | undefined;

/**
 * The corpus, ingested once per build from seeds/ and content/. Problems (unreadable
 * files, invalid metadata) are printed with what to do; they never stop the build.
 */
export function corpus(): Promise<{ documents: Document[]; problems: Diagnostic[] }> {
  // RESOLU_SEEDS / RESOLU_CONTENT let the tests build a site from fixture texts.
  loaded ??= loadCorpus(process.env.RESOLU_SEEDS ?? 'seeds', process.env.RESOLU_CONTENT ?? 'content').then((c) => {
    for (const p of c.problems) console.warn(`[résolu] ${p.message}`);
    return c;
  });
  return loaded;
}

/** Symbol → the document that carries it here, for links inside the site. */
export async function symbolIndex(): Promise<Map<string, Document>> {
  const { documents } = await corpus();
  return new Map(documents.filter((d) => d.metadata.symbol).map((d) => [d.metadata.symbol!, d]));
}

/** Newest first; documents without a date last, then by slug, so the order is stable. */
export const byDate = (a: Document, b: Document): number =>
  (b.metadata.date ?? '').localeCompare(a.metadata.date ?? '') || a.slug.localeCompare(b.slug);
