/**
 * `npm run bench:ingest`: time to ingest each seed and each collection of real documents
 * in tests/fixtures/corpus/ (median of several runs per file, after one warm-up pass that
 * also loads each language's word list once per process), and throughput in MB/s on one core.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_TEXT } from '../ingest/corpus.ts';
import { ingest } from '../ingest/index.ts';

const RUNS = Number(process.env.RUNS ?? 9);
const CORPUS_RUNS = Number(process.env.CORPUS_RUNS ?? 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sources = (dir: string) =>
  readdirSync(dir)
    .filter((f) => SOURCE_TEXT.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Median milliseconds to ingest one file, over `runs` runs. */
async function time(file: string, bytes: Uint8Array, runs: number): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    await ingest(file, bytes);
    times.push(performance.now() - t);
  }
  return median(times);
}

const collections = [
  { name: 'seeds', files: sources('seeds'), runs: RUNS },
  ...['railcar', 'cr-unsc', 'web'].map((c) => ({
    name: c,
    files: sources(join('tests/fixtures/corpus', c)),
    runs: CORPUS_RUNS,
  })),
];

const warm = performance.now();
for (const { files } of collections) for (const f of files) await ingest(f, readFileSync(f));
const firstPass = performance.now() - warm;

const seedRows = [];
const totals = [];
for (const { name, files, runs } of collections) {
  let bytes = 0;
  let ms = 0;
  for (const f of files) {
    const content = readFileSync(f);
    const t = await time(f, content, runs);
    bytes += content.length;
    ms += t;
    if (name === 'seeds')
      seedRows.push({
        file: f,
        kB: (content.length / 1024).toFixed(1),
        'median ms': t.toFixed(1),
        'MB/s': (content.length / 1e6 / (t / 1000)).toFixed(2),
      });
  }
  totals.push({
    collection: name,
    files: files.length,
    MB: (bytes / 1e6).toFixed(2),
    runs,
    'ms (medians summed)': ms.toFixed(0),
    'MB/s, one core': (bytes / 1e6 / (ms / 1000)).toFixed(2),
  });
}
console.table(seedRows);
console.table(totals);
console.log(`first pass over everything, including the one-off word-list loads: ${firstPass.toFixed(0)} ms`);
