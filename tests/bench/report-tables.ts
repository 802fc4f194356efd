/**
 * The README's Performance tables, from the JSON that `npm run bench [-- --docs N]` wrote
 * to tests/bench/results/, with each target of issue #8 checked against the figures.
 * Printed by `npm run bench:report`; tests/unit/readme-figures.test.ts holds the README to them.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface BenchResult {
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
  pageWeights?: {
    page: string;
    html: number;
    gzip: number;
    brotli: number;
    css: number;
    js: number;
    /** Characters of editors' annotations on the page, counted as text (src/bench/page-weights.ts). */
    annotations?: number;
    textGzip: number;
    ratio: number;
  }[];
}

export const CORPORA = ['seeds', 'docs-200', 'docs-1000', 'docs-2000'] as const;
export const loadResult = (label: string): BenchResult | undefined =>
  existsSync(`tests/bench/results/${label}.json`)
    ? JSON.parse(readFileSync(`tests/bench/results/${label}.json`, 'utf8'))
    : undefined;

const kB = (b: number) => (b / 1024).toFixed(1);
const n = (x: number, d = 1) => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

/** One row per corpus measured: stages, memory, rebuild, pages, index, search bytes. */
export function scaleTable(): string {
  const base = loadResult('docs-200');
  const rows = CORPORA.map(loadResult)
    .filter((r): r is BenchResult => !!r)
    .map((r) => {
      const ratio = base && r.documents > 5 ? n(r.buildSecondsPerDocument / base.buildSecondsPerDocument, 2) : '—';
      return `| ${r.label === 'seeds' ? 'the five seeds' : `${n(r.documents, 0)} generated`} | ${r.runs} | ${n(r.sourceMB, 1)} MB | ${n(r.ingestMBps, 2)} MB/s | ${n(r.astroSeconds)} s | ${n(r.pagefindSeconds)} s | ${n(r.buildSeconds)} s | ${n(r.buildSecondsPerDocument, 3)} s | ${ratio} | ${n(r.astroPeakRssMB / 1024, 2)} / ${n(r.pagefindPeakRssMB / 1024, 2)} GB | ${n(r.rebuildAfterOneChangeSeconds)} s (${n((100 * r.rebuildAfterOneChangeSeconds) / r.buildSeconds, 0)} %) | ${n(r.pages, 0)} | ${n(r.pagefindMB)} MB | ${kB(r.firstQuery.open)} + ${kB(r.firstQuery.first)} kB |`;
    });
  return [
    '| corpus | runs | source | ingest, one core | Astro | Pagefind | build | per document | × per doc at 200 | peak RSS Astro / Pagefind | rebuild after one change | pages | index | search: open + first query |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Each seed's page: HTML raw, gzip, brotli, CSS, JS and the page/text gzip ratio. */
export function pageTable(): string {
  const weights = loadResult('seeds')?.pageWeights ?? [];
  return [
    '| page | HTML | gzip | brotli | CSS | JS | text and annotations, gzip | page / text (gzip) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...weights.map(
      (w) =>
        `| \`${w.page}\` | ${kB(w.html)} kB | ${kB(w.gzip)} kB | ${kB(w.brotli)} kB | ${w.css} B | ${w.js} B | ${kB(w.textGzip)} kB | ${n(w.ratio, 2)} |`,
    ),
  ].join('\n');
}

/** The targets of issue #8 against the figures (needs the 200- and 2,000-document runs). */
export function targetTable(): string | undefined {
  const big = loadResult('docs-2000');
  const base = loadResult('docs-200');
  if (!big || !base) return undefined;
  const check = (ok: boolean) => (ok ? 'met' : 'missed');
  const rss = Math.max(big.astroPeakRssMB, big.pagefindPeakRssMB) / 1024;
  const growth = big.buildSecondsPerDocument / base.buildSecondsPerDocument;
  const rebuild = big.rebuildAfterOneChangeSeconds / big.buildSeconds;
  return [
    '| target (issue #8) | measured | |',
    '| --- | --- | --- |',
    `| 2,000 documents: full build ≤ 120 s | ${n(big.buildSeconds)} s | ${check(big.buildSeconds <= 120)} |`,
    `| peak RSS ≤ 4 GB | ${n(rss, 2)} GB | ${check(rss <= 4)} |`,
    `| time per document at 2,000 ≤ 1.3 × at 200 | ${n(growth, 2)} × | ${check(growth <= 1.3)} |`,
    `| rebuild after one change ≤ 25 % of the build | ${n(100 * rebuild, 0)} % | ${check(rebuild <= 0.25)} |`,
    `| ingest ≥ 2 MB/s per core (2,000 documents) | ${n(big.ingestMBps, 2)} MB/s | ${check(big.ingestMBps >= 2)} |`,
  ].join('\n');
}
