/**
 * `npm run bench:report`: the README's Performance tables, from the JSON that
 * `npm run bench [-- --docs N]` wrote to tests/bench/results/, with each target of
 * issue #8 checked against the figures.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Result {
  label: string;
  documents: number;
  runs: number;
  sourceMB: number;
  ingestMBps: number;
  astroSeconds: number;
  astroPeakRssMB: number;
  pagefindSeconds: number;
  pagefindPeakRssMB: number;
  buildSeconds: number;
  buildSecondsPerDocument: number;
  rebuildAfterOneChangeSeconds: number;
  pages: number;
  pagefindMB: number;
  firstQuery: { open: number; first: number; total: number };
  pageWeights?: { page: string; html: number; gzip: number; brotli: number; css: number; js: number; textGzip: number; ratio: number }[];
}

const load = (label: string): Result | undefined => (existsSync(`tests/bench/results/${label}.json`) ? JSON.parse(readFileSync(`tests/bench/results/${label}.json`, 'utf8')) : undefined);
const results = ['seeds', 'docs-200', 'docs-1000', 'docs-2000'].map(load).filter((r): r is Result => !!r);
const kB = (b: number) => (b / 1024).toFixed(1);
const n = (x: number, d = 1) => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const base = load('docs-200');

console.log('| corpus | runs | source | ingest, one core | Astro | Pagefind | build | per document | × per doc at 200 | peak RSS Astro / Pagefind | rebuild after one change | pages | index | search: open + first query |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const ratio = base && r.documents > 5 ? n(r.buildSecondsPerDocument / base.buildSecondsPerDocument, 2) : '—';
  console.log(
    `| ${r.label === 'seeds' ? 'the five seeds' : `${n(r.documents, 0)} generated`} | ${r.runs} | ${n(r.sourceMB, 1)} MB | ${n(r.ingestMBps, 2)} MB/s | ${n(r.astroSeconds)} s | ${n(r.pagefindSeconds)} s | ${n(r.buildSeconds)} s | ${n(r.buildSecondsPerDocument, 3)} s | ${ratio} | ${n(r.astroPeakRssMB / 1024, 2)} / ${n(r.pagefindPeakRssMB / 1024, 2)} GB | ${n(r.rebuildAfterOneChangeSeconds)} s (${n((100 * r.rebuildAfterOneChangeSeconds) / r.buildSeconds, 0)} %) | ${n(r.pages, 0)} | ${n(r.pagefindMB)} MB | ${kB(r.firstQuery.open)} + ${kB(r.firstQuery.first)} kB |`,
  );
}

const seeds = load('seeds');
if (seeds?.pageWeights) {
  console.log('\n| page | HTML | gzip | brotli | CSS | JS | text alone, gzip | page / text (gzip) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const w of seeds.pageWeights) console.log(`| \`${w.page}\` | ${kB(w.html)} kB | ${kB(w.gzip)} kB | ${kB(w.brotli)} kB | ${w.css} B | ${w.js} B | ${kB(w.textGzip)} kB | ${n(w.ratio, 2)} |`);
}

const big = load('docs-2000');
if (big && base) {
  const check = (ok: boolean) => (ok ? 'met' : 'missed');
  const rss = Math.max(big.astroPeakRssMB, big.pagefindPeakRssMB) / 1024;
  const growth = big.buildSecondsPerDocument / base.buildSecondsPerDocument;
  const rebuild = big.rebuildAfterOneChangeSeconds / big.buildSeconds;
  const ingest = Math.min(...results.map((r) => r.ingestMBps));
  console.log('\n| target (issue #8) | measured | |');
  console.log('| --- | --- | --- |');
  console.log(`| 2,000 documents: full build ≤ 120 s | ${n(big.buildSeconds)} s | ${check(big.buildSeconds <= 120)} |`);
  console.log(`| peak RSS ≤ 4 GB | ${n(rss, 2)} GB | ${check(rss <= 4)} |`);
  console.log(`| time per document at 2,000 ≤ 1.3 × at 200 | ${n(growth, 2)} × | ${check(growth <= 1.3)} |`);
  console.log(`| rebuild after one change ≤ 25 % of the build | ${n(100 * rebuild, 0)} % | ${check(rebuild <= 0.25)} |`);
  console.log(`| ingest ≥ 2 MB/s per core | ${n(ingest, 2)} MB/s (lowest corpus) | ${check(ingest >= 2)} |`);
}
