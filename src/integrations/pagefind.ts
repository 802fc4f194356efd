/**
 * The search index, written by Astro itself once the pages are (`astro:build:done`), so
 * `astro build` alone builds the whole site.
 *
 * One record per document (src/search/record.ts), each paragraph a sub-result landing on
 * `#p12`; each language cut into shards of at most a few hundred documents by year
 * (src/search/shards.ts), each shard its own Pagefind index in `pagefind/{lang}/{shard}/`,
 * listed in `pagefind/shards.json`. Shards keep the indexer's memory and time bounded
 * (one index of 2,000 documents took 3.9 GB) and a first query small: it loads the
 * shards the reader chose, by default the most recent.
 *
 * The records are staged outside dist/ (they are never published), at the reading pages'
 * relative paths, and indexed with addDirectory: Pagefind's per-record adds slow with
 * every record added. The pieces are exported one by one (writeSearchRecord, stageShard,
 * indexShard, writeShardList) so that an incremental build can rewrite the records of
 * the documents that changed and re-index only the shards holding them.
 */
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { treeRssKB } from '../bench/process-memory.ts';
import type { Document } from '../model/document.ts';
import { annotationTexts } from '../search/annotation-text.ts';
import { type RecordExtras, searchRecord } from '../search/record.ts';
import { type Shard, shardSize, shardsOf } from '../search/shards.ts';
import { contentDir, corpus } from '../site/corpus.ts';

/** Where records are staged: under node_modules/.cache, one folder per output folder. */
export const stageRootFor = (site: string): string =>
  join(
    'node_modules/.cache/resolu/search-stage',
    relative(process.cwd(), resolve(site)).replace(/[^A-Za-z0-9]+/g, '-') || 'root',
  );

/** Writes one document's record at `{stageDir}/{lang}/{slug}/index.html`, the reading page's relative path. */
export function writeSearchRecord(doc: Document, stageDir: string, extras: RecordExtras = {}): string {
  const dir = join(stageDir, doc.language, doc.slug);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.html');
  writeFileSync(file, searchRecord(doc, extras));
  return file;
}

/** The folder a shard's records are staged in: `{stageRoot}/{lang}/{shard}/`. */
export const shardStageDir = (stageRoot: string, shard: Pick<Shard, 'language' | 'id'>): string =>
  join(stageRoot, shard.language, shard.id);

/** Stages every record of a shard afresh (a document that left the shard leaves its folder). */
export function stageShard(
  shard: Shard,
  bySlug: Map<string, Document>,
  stageRoot: string,
  annotations: Map<string, Map<string, string[]>> = new Map(),
): string {
  const dir = shardStageDir(stageRoot, shard);
  rmSync(dir, { recursive: true, force: true });
  for (const slug of shard.slugs) writeSearchRecord(bySlug.get(slug)!, dir, { annotations: annotations.get(slug) });
  return dir;
}

// Pagefind's own interfaces (pagefind-ui.js and the rest): the site has its own, so they are not published.
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Indexes the records under `stageDir` (with addDirectory) into `outDir`; its own index, freed when written. */
export async function indexShard(stageDir: string, outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: stageDir, glob: '**/index.html' });
    if (added.errors.length) throw new Error(`Pagefind could not read ${stageDir}: ${added.errors.join('; ')}`);
    rmSync(outDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outDir}: ${written.errors.join('; ')}`);
    for (const f of readdirSync(outDir)) if (UNUSED.test(f)) rmSync(join(outDir, f));
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/** What the search page and other readers learn of the shards: per language, newest first. */
export function writeShardList(site: string, shards: Map<string, Shard[]>): void {
  const languages = Object.fromEntries(
    [...shards].map(([language, list]) => [
      language,
      list.map(({ id, label, documents, from, to, body, part }) => ({ id, label, documents, from, to, body, part })),
    ]),
  );
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'pagefind', 'shards.json'), `${JSON.stringify({ languages }, null, 1)}\n`);
}

/** Runs `work` over `items`, at most `limit` at a time (the build machines have two cores). */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await work(items[k]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The whole index of `documents` into `{site}pagefind/`: every shard staged, indexed two at a time, and listed. */
export async function writeSearchIndex(
  site: string,
  documents: Document[],
): Promise<{ pages: number; shards: number }> {
  const shards = shardsOf(
    documents.map((d) => ({ language: d.language, slug: d.slug, date: d.metadata.date, body: d.metadata.body })),
    shardSize(),
  );
  // Slugs are unique within a language, not across languages.
  const bySlug = new Map<string, Map<string, Document>>();
  for (const d of documents) bySlug.set(d.language, (bySlug.get(d.language) ?? new Map()).set(d.slug, d));
  const all = [...shards.values()].flat();
  const stageRoot = stageRootFor(site);
  rmSync(stageRoot, { recursive: true, force: true });
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const annotations = annotationTexts(contentDir());
  const counts = await pool(all, 2, async (shard) => {
    const dir = stageShard(shard, bySlug.get(shard.language)!, stageRoot, annotations);
    return indexShard(dir, join(site, 'pagefind', shard.language, shard.id));
  });
  writeShardList(site, shards);
  return { pages: counts.reduce((a, b) => a + b, 0), shards: all.length };
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'resolu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind's indexer is a child process: its cost is what the build's process tree
        // holds above what it held when indexing began.
        const before = treeRssKB(process.pid);
        let peakKB = 0;
        const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(process.pid) - before)), 100);
        try {
          const { documents } = await corpus();
          const { pages, shards } = await writeSearchIndex(site, documents);
          const seconds = (performance.now() - started) / 1000;
          logger.info(
            `${pages} documents indexed in ${shards} shards into ${site}pagefind/ in ${seconds.toFixed(1)} s`,
          );
          // The bench reads the stage's cost from here (RESOLU_BUILD_TIMINGS names a file).
          if (process.env.RESOLU_BUILD_TIMINGS)
            appendFileSync(
              process.env.RESOLU_BUILD_TIMINGS,
              `${JSON.stringify({ stage: 'pagefind', seconds, rssMB: peakKB / 1024 })}\n`,
            );
        } finally {
          clearInterval(sampler);
          await pagefind.close();
        }
      },
    },
  };
}
