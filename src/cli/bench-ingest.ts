/**
 * `npm run bench:ingest`: time to ingest each seed (median of several runs, after one
 * warm-up that also loads the word list once per process), and throughput in MB/s.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { ingest } from '../ingest/index.ts';

const RUNS = Number(process.env.RUNS ?? 9);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const files = readdirSync('seeds')
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();
const warm = performance.now();
for (const f of files) await ingest(f, readFileSync(`seeds/${f}`));
const firstPass = performance.now() - warm;

const rows = [];
let totalBytes = 0;
let totalMs = 0;
for (const f of files) {
  const bytes = readFileSync(`seeds/${f}`);
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    await ingest(f, bytes);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  totalBytes += bytes.length;
  totalMs += ms;
  rows.push({
    file: f,
    kB: (bytes.length / 1024).toFixed(1),
    'median ms': ms.toFixed(1),
    'MB/s': (bytes.length / 1e6 / (ms / 1000)).toFixed(2),
  });
}
console.table(rows);
console.log(
  `all ${files.length} seeds: ${totalMs.toFixed(0)} ms (median per seed, summed) · ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s on one core`,
);
console.log(`first pass including the one-off word-list load: ${firstPass.toFixed(0)} ms`);
