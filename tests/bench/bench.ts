/**
 * `npm run bench [-- --docs N] [--runs R] [--long] [--results DIR]`: what a build costs,
 * for the five seeds (no --docs) or N generated documents: real resolutions of real
 * lengths (src/bench/generate-corpus.ts), or with --long the ~60-paragraph documents of
 * the bench of issue #8 (src/bench/generate-long.ts). Writes every run's figures and
 * their medians to DIR/<label>.json (default tests/bench/results/; label `seeds`,
 * `docs-N` or `docs-N-long`); `npm run bench:report` makes the README's tables of them.
 *
 * A build is `npm run build`'s command (tests/bench/build-command.ts, the one place to
 * switch it), R times (default 3, 1 at 20,000 documents or more), each forced and into an
 * empty folder. Per build: wall seconds and peak RSS of the whole process tree
 * (tests/bench/timed.ts), every stage line the build wrote to RESOLU_BUILD_TIMINGS
 * (tests/bench/stages.ts), the files written. Then the first-query bytes in Chromium for
 * the search page's default scope and the whole language (tests/bench/first-query.ts),
 * and one rebuild after one source text changes, without --force (an incremental build):
 * its seconds, its share of the full build, and the files it wrote.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import { generateLongCorpus } from '../../src/bench/generate-long.ts';
import { pageWeight } from '../../src/bench/page-weights.ts';
import { SOURCE_TEXT, loadCorpus } from '../../src/ingest/corpus.ts';
import { BUILD } from './build-command.ts';
import { filesUnder } from './files.ts';
import { QUERIES, searchBytes } from './first-query.ts';
import { median, medianStages, readStages, type Stage } from './stages.ts';
import { timed } from './timed.ts';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const docs = Number(option('docs') ?? 0);
const long = process.argv.includes('--long');
const runs = Number(option('runs') ?? (docs >= 20_000 ? 1 : 3));
const resultsDir = option('results') ?? 'tests/bench/results';
const label = docs === 0 ? 'seeds' : `docs-${docs}${long ? '-long' : ''}`;
const work = `node_modules/.cache/resolu-bench/${label}`;
const seedsDir = join(work, 'seeds');
const contentDir = join(work, 'content');
const out = join(work, 'dist');
const say = (s: string) => console.error(`[bench] ${label}: ${s}`);

// The corpus, in a working copy: seeds/ stays read-only, and one text can be changed.
let t = performance.now();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
let languages: Record<string, number>;
let years = 1;
if (docs === 0) {
  cpSync('seeds', seedsDir, { recursive: true });
  cpSync('content', contentDir, { recursive: true });
  languages = { fr: 5 };
} else if (long) {
  await generateLongCorpus(docs, work);
  languages = { fr: docs }; // nine in ten French, the tenth a mini-document in another language
} else {
  ({ languages, years } = generateCorpus(docs, work));
}
if (docs > 0) cpSync('content/glossary', join(contentDir, 'glossary'), { recursive: true });
const sources = readdirSync(seedsDir)
  .filter((f) => SOURCE_TEXT.test(f))
  .sort();
const documents = sources.length;
const sourceBytes = sources.reduce((n, f) => n + statSync(join(seedsDir, f)).size, 0);
/** The language searched: the corpus's largest, whose index is the one to measure. */
const language = Object.entries(languages).sort((a, b) => b[1] - a[1])[0][0];
say(
  `${documents} documents (${JSON.stringify(languages)}, ${years} years) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const timings = join(work, 'timings.jsonl');
// The bench's own caches: a full build (--force) empties them.
const env = {
  ...process.env,
  RESOLU_SEEDS: seedsDir,
  RESOLU_CONTENT: contentDir,
  RESOLU_BUILD_TIMINGS: timings,
  RESOLU_CACHE: join(work, 'cache'),
};
interface Build {
  wallSeconds: number;
  peakRssMB: number;
  stages: Record<string, Stage>;
}
const build = async (force: boolean): Promise<Build> => {
  rmSync(timings, { force: true });
  const whole = await timed(BUILD.command, BUILD.args(out, force), env, join(work, 'time.txt'));
  return { wallSeconds: whole.seconds, peakRssMB: whole.rssMB, stages: readStages(timings) };
};

const full: (Build & { files: number; distMB: number; pagefindMB: number })[] = [];
for (let r = 0; r < runs; r++) {
  rmSync(out, { recursive: true, force: true });
  const b = await build(true);
  const written = filesUnder(out);
  full.push({
    ...b,
    files: written.files,
    distMB: written.bytes / 1e6,
    pagefindMB: filesUnder(join(out, 'pagefind')).bytes / 1e6,
  });
  say(
    `run ${r + 1}/${runs}: ${b.wallSeconds} s, ${(b.peakRssMB / 1024).toFixed(2)} GB, ${written.files} files; ${JSON.stringify(b.stages)}`,
  );
}

t = performance.now();
const queries = QUERIES[language] ?? QUERIES.en;
const firstQuery = [
  ...(await searchBytes(out, queries, 3, { language, scope: 'default' })),
  ...(await searchBytes(out, queries, 3, { language, scope: 'all' })),
];
say(`first queries in ${((performance.now() - t) / 1000).toFixed(0)} s`);
// The seeds' page weights, before one of them changes.
const pageWeights =
  docs === 0 ? (await loadCorpus('seeds', 'content')).documents.map((d) => pageWeight(out, d)) : undefined;

// One source text changes — the newest document, a sentence added at its end — and the
// site is rebuilt without --force: what an editor's correction costs. The full build's
// files were all written before the searches above, so a second's margin is safe.
const changed = sources.at(-1)!;
appendFileSync(join(seedsDir, changed), '\nUne phrase ajoutée pour mesurer la reconstruction.\n');
const since = Date.now() - 1000;
const re = await build(false);
const after = filesUnder(out, since);
const wall = median(full.map((b) => b.wallSeconds));

const result = {
  label,
  documents,
  generator: docs === 0 ? 'seeds' : long ? 'long' : 'real',
  languages,
  years,
  runs,
  build: [BUILD.command, ...BUILD.args('<out>', true)].join(' '),
  measured: new Date().toISOString().slice(0, 10),
  sourceMB: sourceBytes / 1e6,
  /** Every full build's figures, in order. */
  fullRuns: full,
  /** Their medians, stage by stage. */
  median: {
    wallSeconds: wall,
    peakRssMB: median(full.map((b) => b.peakRssMB)),
    stages: medianStages(full.map((b) => b.stages)),
    files: median(full.map((b) => b.files)),
    distMB: median(full.map((b) => b.distMB)),
    pagefindMB: median(full.map((b) => b.pagefindMB)),
  },
  secondsPerDocument: wall / documents,
  rebuild: {
    changed,
    ...re,
    percentOfBuild: (100 * re.wallSeconds) / wall,
    files: after.files,
    filesWritten: after.writtenSince,
  },
  firstQuery,
  pageWeights,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.table([
  {
    corpus: label,
    documents,
    'source MB': result.sourceMB.toFixed(1),
    'build s': wall.toFixed(1),
    's/doc': result.secondsPerDocument.toFixed(3),
    'peak RSS GB': (result.median.peakRssMB / 1024).toFixed(2),
    files: result.median.files,
    'rebuild s': re.wallSeconds.toFixed(1),
    'rebuild %': result.rebuild.percentOfBuild.toFixed(0),
    'files rewritten': after.writtenSince,
  },
]);
console.table(Object.entries(result.median.stages).map(([stage, s]) => ({ stage, ...s })));
console.table(firstQuery.map((q) => ({ ...q, 'total kB': (q.total / 1024).toFixed(1) })));
