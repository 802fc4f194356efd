/**
 * `npm run build [-- --force] [--out DIR]`: the whole site, from seeds/ and content/ to
 * dist/, in stages:
 *  1. ingest (src/build/ingest-stage.ts): texts not seen before, on worker threads; the
 *     others come from the ingest cache;
 *  2. render keys (src/build/render-keys.ts): which documents' pages must be written again;
 *     their folders are removed from dist/ so nothing stale survives in them;
 *  3. `astro build`, incremental: pages whose render key is unchanged are restored from
 *     Astro's cache; its integrations then write the paragraph pages and exports of the
 *     changed documents and re-index the search shards they fall in;
 *  4. what the corpus no longer has (a removed document, a symbol no longer cited) is
 *     removed from dist/.
 * A clean build (`--force`, or no cache) gives the same bytes as an incremental one.
 * Caches live in node_modules/.cache/resolu (RESOLU_CACHE): removing it is a clean build.
 * Each stage appends `{stage, seconds, …}` to the file RESOLU_BUILD_TIMINGS names (the bench).
 *
 * Split builds, for a CI matrix (README, "Host a mirror"): `--ingest-only --slice k/n`
 * ingests every n-th text into the cache (slices' caches merge by copying: files are named
 * by their key); `--lang fr[,en]` and `--shard <id>` then write only those documents' pages
 * and search shards, each part seeing the whole corpus, so that the site-wide pages of all
 * parts are the same and `npm run merge` puts the parts together into one dist/.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../build/cache-keys.ts';
import { ingestStage } from '../build/ingest-stage.ts';
import { renderKeys, siteVersion } from '../build/render-keys.ts';
import { shardSize, shardsOf } from '../search/shards.ts';
import { LANGUAGES } from '../model/document.ts';
import type { CorpusManifest } from '../model/summary.ts';
import { refSlug } from '../site/citations.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const force = args.includes('--force');
const ingestOnly = args.includes('--ingest-only');
const slice = option('slice')?.split('/').map(Number) as [number, number] | undefined;
const part = { languages: option('lang')?.split(','), shard: option('shard') };
const out = resolve(option('out') ?? 'dist');
const seedsDir = process.env.RESOLU_SEEDS ?? 'seeds';
const contentDir = process.env.RESOLU_CONTENT ?? 'content';
const cacheRoot = resolve(process.env.RESOLU_CACHE ?? 'node_modules/.cache/resolu');
const cacheDir = join(cacheRoot, 'ingest');
// One record and one Astro cache per output folder: the tests and the bench build several sites.
const site = join(cacheRoot, 'sites', sha256(out).slice(0, 16));
const recordPath = join(site, 'build.json');
const astroCache = join(site, 'astro');

const stage = (name: string, started: number, extra: Record<string, number> = {}) => {
  const seconds = (performance.now() - started) / 1000;
  console.error(`[résolu] ${name}: ${seconds.toFixed(1)} s ${JSON.stringify(extra)}`);
  if (process.env.RESOLU_BUILD_TIMINGS)
    appendFileSync(process.env.RESOLU_BUILD_TIMINGS, `${JSON.stringify({ stage: name, seconds, ...extra })}\n`);
};

if (force) rmSync(cacheRoot, { recursive: true, force: true });
const buildStarted = Date.now();

// 1. Ingest.
let started = performance.now();
const ingest = await ingestStage({ seedsDir, contentDir, cacheDir, slice });
stage('ingest', started, { fresh: ingest.fresh, reused: ingest.reused });
if (ingestOnly) process.exit(0);
if (ingest.missing.length > 0) {
  console.error(
    `[résolu] ${ingest.missing.length} texts are not in the ingest cache (${ingest.missing.slice(0, 3).join(', ')}…): run the build without --slice, or bring every slice's cache`,
  );
  process.exit(1);
}

// 2. What changed since the last build of this folder.
started = performance.now();
const summarized = ingest.ingested.flatMap((i) => (i.ok ? [{ key: i.key, summary: i.summary }] : []));
const keys = renderKeys(summarized, siteVersion(contentDir), contentDir);
// A split build writes only its part's documents (their render keys are all it keeps):
// those of its languages, and of its search shard (src/search/shards.ts) when one is named.
const shardOf = new Map<string, string>();
if (part.shard)
  for (const list of shardsOf(
    summarized.map(({ summary: { document: d } }) => ({
      language: d.language,
      slug: d.slug,
      date: d.metadata.date,
      body: d.metadata.body,
    })),
    shardSize(),
  ).values())
    for (const shard of list) for (const slug of shard.slugs) shardOf.set(`${shard.language}/${slug}`, shard.id);
const inPart = (page: string) =>
  (!part.languages || part.languages.includes(page.split('/')[0])) && (!part.shard || shardOf.get(page) === part.shard);
keys.renderKeys = Object.fromEntries(Object.entries(keys.renderKeys).filter(([page]) => inPart(page)));
const previous: { renderKeys: Record<string, string>; refKeys: Record<string, string> } | undefined =
  existsSync(recordPath) && existsSync(out) ? JSON.parse(readFileSync(recordPath, 'utf8')) : undefined;
const clean = !previous;
if (clean) rmSync(out, { recursive: true, force: true });
const changed = Object.keys(keys.renderKeys).filter((page) => previous?.renderKeys[page] !== keys.renderKeys[page]);
const removed = Object.keys(previous?.renderKeys ?? {}).filter((page) => !(page in keys.renderKeys));
for (const page of [...changed, ...removed]) rmSync(join(out, page), { recursive: true, force: true });
// A citation page whose citations changed, or whose symbol is no longer cited, goes too:
// the writer writes the citation pages that are missing.
const refFolders = (symbols: string[]) => symbols.flatMap((s) => LANGUAGES.map((lang) => `${lang}/ref/${refSlug(s)}`));
const staleRefs = Object.keys(previous?.refKeys ?? {}).filter((s) => previous!.refKeys[s] !== keys.refKeys[s]);
for (const folder of refFolders(staleRefs)) rmSync(join(out, folder), { recursive: true, force: true });
mkdirSync(site, { recursive: true });
const manifestPath = join(site, 'corpus.json');
const manifest: CorpusManifest = {
  cacheDir,
  sources: ingest.ingested.map(({ source, key }) => ({ source, key })),
  problems: ingest.problems,
  ...keys,
  changed,
  part: part.languages || part.shard ? { pages: Object.keys(keys.renderKeys) } : undefined,
};
writeFileSync(manifestPath, JSON.stringify(manifest));
stage('plan', started, { documents: summarized.length, changed: changed.length, removed: removed.length });

// 3. Astro, with the writer and the search index in its integrations.
started = performance.now();
const astro = spawn('node_modules/.bin/astro', ['build', '--outDir', out, ...(clean ? ['--force'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, RESOLU_CORPUS: manifestPath, RESOLU_ASTRO_CACHE: astroCache },
});
const code = await new Promise<number | null>((done) => astro.on('exit', done));
if (code !== 0) {
  // The record is not updated: the next build starts again from what this one could not finish.
  rmSync(recordPath, { force: true });
  process.exit(code ?? 1);
}
stage('astro-build', started);

// 4. Files no page of this build wrote or kept: what the corpus no longer has.
started = performance.now();
const kept = new Set([...Object.keys(keys.renderKeys), ...refFolders(Object.keys(keys.refKeys)), 'pagefind']);
// Pages Astro kept because their key did not change are in its manifest, with their old dates.
const astroKept = new Set<string>();
const astroManifest = join(astroCache, 'incremental-build.json');
if (existsSync(astroManifest)) {
  const { routes } = JSON.parse(readFileSync(astroManifest, 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  for (const route of Object.values(routes))
    for (const { outputFile } of Object.values(route.paths)) astroKept.add(outputFile);
}
let pruned = 0;
const prune = (dir: string, relative: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!kept.has(rel)) prune(path, rel);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else if (!astroKept.has(rel) && statSync(path).mtimeMs < buildStarted) {
      rmSync(path);
      pruned++;
    }
  }
};
if (!clean) prune(out, '');
writeFileSync(recordPath, JSON.stringify({ renderKeys: keys.renderKeys, refKeys: keys.refKeys }));
stage('prune', started, { pruned });
