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
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { treeRssKB } from '../bench/process-memory.ts';
import type { Document } from '../model/document.ts';
import { annotationTexts } from '../search/annotation-text.ts';
import { type RecordExtras, searchRecord } from '../search/record.ts';
import { type Shard, shardSize, shardsOf } from '../search/shards.ts';
import { builtByBuildCommand, changedPages, contentDir, corpus, inThisPart, renderKeyOf } from '../site/corpus.ts';

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

/**
 * The index of `documents` into `{site}pagefind/`: each shard staged and indexed (two at a
 * time), and the list of shards. `all` is the whole corpus, of which `documents` may be a
 * part (a split build): the list names every shard, so that it is the same in every part.
 * An incremental build gives `previous` (each shard's key, as `index` returned it last
 * time) and `changed` (the documents whose pages were written again, `{lang}/{slug}`): a
 * shard whose members and their render keys are unchanged is not indexed again, and only
 * the changed documents' records are written again.
 */
export async function writeSearchIndex(
  site: string,
  documents: Document[],
  options: {
    all?: Document[];
    keyOf?: (doc: Document) => string | undefined;
    previous?: Record<string, string>;
    changed?: Set<string>;
  } = {},
): Promise<{ pages: number; shards: number; indexed: number; keys: Record<string, string> }> {
  const all = options.all ?? documents;
  const shards = shardsOf(
    all.map((d) => ({ language: d.language, slug: d.slug, date: d.metadata.date, body: d.metadata.body })),
    shardSize(),
  );
  const mine = new Set(documents.map((d) => `${d.language}/${d.slug}`));
  // Slugs are unique within a language, not across languages.
  const bySlug = new Map<string, Map<string, Document>>();
  for (const d of all) bySlug.set(d.language, (bySlug.get(d.language) ?? new Map()).set(d.slug, d));
  const ours = [...shards.values()].flat().filter((s) => s.slugs.some((slug) => mine.has(`${s.language}/${slug}`)));
  const keys: Record<string, string> = {};
  for (const shard of ours) {
    const members = shard.slugs.map((slug) => `${slug} ${options.keyOf?.(bySlug.get(shard.language)!.get(slug)!)}`);
    keys[`${shard.language}/${shard.id}`] = createHash('sha256').update(members.join('\n')).digest('hex');
  }
  const stageRoot = stageRootFor(site);
  const incremental = options.previous !== undefined && options.keyOf !== undefined;
  if (!incremental) {
    rmSync(stageRoot, { recursive: true, force: true });
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  }
  // A shard of this build's languages that no longer exists leaves no index behind.
  const languages = new Set(documents.map((d) => d.language));
  for (const language of languages)
    for (const id of existing(join(site, 'pagefind', language)))
      if (!(`${language}/${id}` in keys)) {
        rmSync(join(site, 'pagefind', language, id), { recursive: true, force: true });
        rmSync(join(stageRoot, language, id), { recursive: true, force: true });
      }
  const dirty = ours.filter(
    (s) =>
      !incremental ||
      options.previous![`${s.language}/${s.id}`] !== keys[`${s.language}/${s.id}`] ||
      !existsSync(join(site, 'pagefind', s.language, s.id)),
  );
  const annotations = dirty.length > 0 ? annotationTexts(contentDir()) : new Map();
  const counts = await pool(dirty, 2, async (shard) => {
    const dir = incremental
      ? restageShard(shard, bySlug.get(shard.language)!, stageRoot, annotations, options.changed ?? new Set())
      : stageShard(shard, bySlug.get(shard.language)!, stageRoot, annotations);
    return indexShard(dir, join(site, 'pagefind', shard.language, shard.id));
  });
  writeShardList(site, shards);
  return { pages: counts.reduce((a, b) => a + b, 0), shards: ours.length, indexed: dirty.length, keys };
}

const existing = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);

/**
 * A shard's records brought up to date in place: the changed documents' records written
 * again, a record missing written, and the records of documents no longer in it removed.
 */
function restageShard(
  shard: Shard,
  bySlug: Map<string, Document>,
  stageRoot: string,
  annotations: Map<string, Map<string, string[]>>,
  changed: Set<string>,
): string {
  const dir = shardStageDir(stageRoot, shard);
  const members = new Set(shard.slugs);
  for (const slug of existing(join(dir, shard.language)))
    if (!members.has(slug)) rmSync(join(dir, shard.language, slug), { recursive: true, force: true });
  for (const slug of shard.slugs)
    if (changed.has(`${shard.language}/${slug}`) || !existsSync(join(dir, shard.language, slug, 'index.html')))
      writeSearchRecord(bySlug.get(slug)!, dir, { annotations: annotations.get(slug) });
  return dir;
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
          // Under `npm run build`, the keys of the shards last indexed into this folder.
          const keysFile = join(stageRootFor(site), 'shard-keys.json');
          const incremental = builtByBuildCommand();
          const previous =
            incremental && existsSync(keysFile)
              ? (JSON.parse(readFileSync(keysFile, 'utf8')) as Record<string, string>)
              : undefined;
          const { pages, shards, indexed, keys } = await writeSearchIndex(site, documents.filter(inThisPart), {
            all: documents,
            keyOf: incremental ? renderKeyOf : undefined,
            previous,
            changed: new Set(changedPages()),
          });
          if (incremental) writeFileSync(keysFile, JSON.stringify(keys));
          const seconds = (performance.now() - started) / 1000;
          logger.info(
            `${pages} documents indexed in ${indexed} of ${shards} shards into ${site}pagefind/ in ${seconds.toFixed(1)} s`,
          );
          // The bench reads the stage's cost from here (RESOLU_BUILD_TIMINGS names a file).
          if (process.env.RESOLU_BUILD_TIMINGS)
            appendFileSync(
              process.env.RESOLU_BUILD_TIMINGS,
              `${JSON.stringify({ stage: 'pagefind', seconds, rssMB: peakKB / 1024, shards: indexed })}\n`,
            );
        } finally {
          clearInterval(sampler);
          await pagefind.close();
        }
      },
    },
  };
}
