/**
 * The bench of issue #8, kept as measured (tests/bench/results/issue-8/): the ~60-paragraph
 * generated documents and their figures are what the targets of issue #15 improve on
 * ("today 412 s"), so the README keeps that table beside the new one.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PageWeight } from '../../src/bench/page-weights.ts';

export interface PreviousResult {
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
  pageWeights?: PageWeightRow[];
}

/** A page's weight as a results file holds it: issue #8's files predate the annotations count. */
export type PageWeightRow = Omit<PageWeight, 'annotations'> & { annotations?: number };

export const PREVIOUS_DIR = 'tests/bench/results/issue-8';
export const PREVIOUS = ['seeds', 'docs-200', 'docs-1000', 'docs-2000'] as const;
export const loadPrevious = (label: string): PreviousResult | undefined =>
  existsSync(`${PREVIOUS_DIR}/${label}.json`)
    ? JSON.parse(readFileSync(`${PREVIOUS_DIR}/${label}.json`, 'utf8'))
    : undefined;

export const kB = (b: number) => (b / 1024).toFixed(1);
export const n = (x: number, d = 1) => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

/** The scale table of issue #8, one row per corpus it measured. */
export function previousScaleTable(): string {
  const base = loadPrevious('docs-200');
  const rows = PREVIOUS.map(loadPrevious)
    .filter((r): r is PreviousResult => !!r)
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
