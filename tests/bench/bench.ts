/**
 * `npm run bench [-- --docs N] [--runs R]`: what a build costs, stage by stage, for the
 * five seeds (N = 0) or a generated corpus of N documents (src/bench/generate-corpus.ts).
 * Prints a table and writes it as JSON to tests/bench/results/<label>.json.
 *
 * Stages are timed separately: ingest alone (in this process), the Astro build (which
 * ingests again, then renders every page and export), and the Pagefind index, which the
 * build writes itself (src/integrations/pagefind.ts reports its seconds and memory to the
 * file RESOLU_BUILD_TIMINGS names). Wall time and peak RSS come from GNU time and a
 * sampler of the process tree (tests/bench/timed.ts).
 * Each figure is the median of `runs` runs; then one rebuild after changing one source text.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import { pageWeight } from '../../src/bench/page-weights.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { searchBytes } from './first-query.ts';
import { timed } from './timed.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const docs = arg('docs', 0);
const runs = arg('runs', 3);
const label = docs === 0 ? 'seeds' : `docs-${docs}`;
const work = `node_modules/.cache/resolu-bench/${label}`;
const seedsDir = join(work, 'seeds');
const contentDir = join(work, 'content');
const out = join(work, 'dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The corpus, in a working copy: seeds/ stays read-only, and one text can be changed.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
if (docs === 0) {
  cpSync('seeds', seedsDir, { recursive: true });
  cpSync('content', contentDir, { recursive: true });
} else {
  await generateCorpus(docs, work);
  cpSync('content/glossary', join(contentDir, 'glossary'), { recursive: true });
}
const sourceBytes = readdirSync(seedsDir).reduce((n, f) => n + statSync(join(seedsDir, f)).size, 0);

const timings = join(work, 'timings.jsonl');
const env = { ...process.env, RESOLU_SEEDS: seedsDir, RESOLU_CONTENT: contentDir, RESOLU_BUILD_TIMINGS: timings };
const report = join(work, 'time.txt');
/** One `astro build`, split into its pages (Astro) and its search index (Pagefind). */
const build = async () => {
  rmSync(timings, { force: true });
  const whole = await timed('node_modules/.bin/astro', ['build', '--force', '--outDir', out], env, report);
  const index = JSON.parse(readFileSync(timings, 'utf8').trim().split('\n').at(-1)!) as {
    seconds: number;
    rssMB: number;
  };
  return {
    astro: { seconds: Math.max(0, whole.seconds - index.seconds), rssMB: whole.rssMB },
    pagefind: { seconds: index.seconds, rssMB: index.rssMB },
  };
};

const ingest: number[] = [];
const astro: { seconds: number; rssMB: number }[] = [];
const pagefind: { seconds: number; rssMB: number }[] = [];
let documents = 0;
for (let r = 0; r < runs; r++) {
  const t = performance.now();
  documents = (await loadCorpus(seedsDir, contentDir)).documents.length;
  ingest.push((performance.now() - t) / 1000);
  const b = await build();
  astro.push(b.astro);
  pagefind.push(b.pagefind);
  console.error(
    `[bench] ${label} run ${r + 1}/${runs}: ingest ${ingest.at(-1)!.toFixed(1)} s, astro ${b.astro.seconds} s, pagefind ${b.pagefind.seconds} s`,
  );
}

const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
const bytesUnder = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).reduce(
    (n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0,
  );
const search = await searchBytes(out, ['developpement durable'], 3);

// One source text changes (a sentence added to its last paragraph): what does a rebuild cost?
const changed = readdirSync(seedsDir).sort()[0];
appendFileSync(join(seedsDir, changed), '\nUne phrase ajoutée pour mesurer la reconstruction.\n');
const rebuild = await build();

const astroS = median(astro.map((x) => x.seconds));
const pagefindS = median(pagefind.map((x) => x.seconds));
const result = {
  label,
  documents,
  runs,
  sourceMB: sourceBytes / 1e6,
  ingestSeconds: median(ingest),
  ingestMBps: sourceBytes / 1e6 / median(ingest),
  astroSeconds: astroS,
  astroPeakRssMB: median(astro.map((x) => x.rssMB)),
  pagefindSeconds: pagefindS,
  pagefindPeakRssMB: median(pagefind.map((x) => x.rssMB)),
  // The build a newcomer runs (npm run build) is the Astro build and the index; ingest
  // alone is shown apart, and is part of the Astro build.
  ingestRuns: ingest,
  astroRuns: astro.map((x) => x.seconds),
  pagefindRuns: pagefind.map((x) => x.seconds),
  buildSeconds: astroS + pagefindS,
  buildSecondsPerDocument: (astroS + pagefindS) / documents,
  rebuildAfterOneChangeSeconds: rebuild.astro.seconds + rebuild.pagefind.seconds,
  rebuildPeakRssMB: Math.max(rebuild.astro.rssMB, rebuild.pagefind.rssMB),
  pages,
  distMB: bytesUnder(out) / 1e6,
  pagefindMB: bytesUnder(join(out, 'pagefind')) / 1e6,
  firstQuery: search[0],
  pageWeights: docs === 0 ? (await loadCorpus('seeds', 'content')).documents.map((d) => pageWeight(out, d)) : undefined,
};
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(`tests/bench/results/${label}.json`, `${JSON.stringify(result, null, 2)}\n`);
console.table([
  {
    corpus: label,
    documents,
    'source MB': result.sourceMB.toFixed(2),
    'ingest s': result.ingestSeconds.toFixed(2),
    'ingest MB/s': result.ingestMBps.toFixed(2),
    'astro s': astroS.toFixed(1),
    'astro RSS MB': result.astroPeakRssMB.toFixed(0),
    'pagefind s': pagefindS.toFixed(1),
    'build s/doc': result.buildSecondsPerDocument.toFixed(3),
    'rebuild s': result.rebuildAfterOneChangeSeconds.toFixed(1),
    pages,
    'pagefind MB': result.pagefindMB.toFixed(1),
    'first query kB': (search[0].total / 1024).toFixed(1),
  },
]);
if (result.pageWeights)
  console.table(
    result.pageWeights.map((w) => ({
      page: w.page,
      'HTML kB': (w.html / 1024).toFixed(1),
      'gzip kB': (w.gzip / 1024).toFixed(1),
      'brotli kB': (w.brotli / 1024).toFixed(1),
      'CSS B': w.css,
      'JS B': w.js,
      'page/text': w.ratio.toFixed(2),
    })),
  );
