/**
 * The README's Performance tables, from the JSON that `npm run bench [-- --docs N]` wrote
 * to tests/bench/results/, with each target of issue #15 checked against the figures.
 * Printed by `npm run bench:report`; tests/unit/readme-figures.test.ts holds the README to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { QueryBytes } from './first-query.ts';
import { kB, loadPrevious, n, type PageWeightRow } from './report-previous.ts';
import type { Stage } from './stages.ts';

interface Build {
  wallSeconds: number;
  peakRssMB: number;
  stages: Record<string, Stage>;
}

/** What tests/bench/bench.ts writes. */
export interface BenchResult {
  label: string;
  documents: number;
  generator: 'seeds' | 'real' | 'long';
  languages: Record<string, number>;
  years: number;
  runs: number;
  build: string;
  measured: string;
  sourceMB: number;
  fullRuns: (Build & { files: number; distMB: number; pagefindMB: number })[];
  median: Build & { files: number; distMB: number; pagefindMB: number };
  secondsPerDocument: number;
  rebuild: Build & { changed: string; percentOfBuild: number; files: number; filesWritten: number };
  firstQuery: QueryBytes[];
  pageWeights?: PageWeightRow[];
}

/** The corpora of issue #15, in the README's order. */
export const CORPORA = ['seeds', 'docs-200', 'docs-2000', 'docs-20000', 'docs-2000-long'] as const;
export const RESULTS_DIR = 'tests/bench/results';
export const loadResult = (label: string): BenchResult | undefined =>
  existsSync(`${RESULTS_DIR}/${label}.json`)
    ? JSON.parse(readFileSync(`${RESULTS_DIR}/${label}.json`, 'utf8'))
    : undefined;

const measured = () => CORPORA.map(loadResult).filter((r): r is BenchResult => !!r);
const corpus = (r: BenchResult) =>
  r.generator === 'seeds'
    ? 'the five seeds'
    : `${n(r.documents, 0)} ${r.generator === 'long' ? 'long generated (~60 paragraphs)' : 'generated'}`;
const GB = (mb: number) => `${n(mb / 1024, 2)} GB`;
const stages = (s: Record<string, Stage>) =>
  Object.entries(s)
    .map(([name, x]) => `${name} ${n(x.seconds)} s${x.rssMB === undefined ? '' : ` (${GB(x.rssMB)})`}`)
    .join(', ') || '—';

/** One row per corpus measured: build, per document, memory, stages, files, rebuild, index. */
export function scaleTable(): string {
  return [
    '| corpus | runs | source | years | build | per document | peak RSS, process tree | stages (as the build reports them) | files written | rebuild after one change | files it rewrote | index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...measured().map(
      (r) =>
        `| ${corpus(r)} | ${r.runs} | ${n(r.sourceMB)} MB | ${r.years} | ${n(r.median.wallSeconds)} s | ${n(r.secondsPerDocument, 3)} s | ${GB(r.median.peakRssMB)} | ${stages(r.median.stages)} | ${n(r.median.files, 0)} | ${n(r.rebuild.wallSeconds)} s (${n(r.rebuild.percentOfBuild, 0)} %) | ${n(r.rebuild.filesWritten, 0)} | ${n(r.median.pagefindMB)} MB |`,
    ),
  ].join('\n');
}

/** The first query of each corpus: bytes to open the search page, then the query, in each scope. */
export function queryTable(): string {
  const rows = measured().flatMap((r) =>
    r.firstQuery
      .filter((q) => q.scope === 'default')
      .map((q) => {
        const all = r.firstQuery.find((x) => x.scope === 'all' && x.query === q.query);
        return `| ${corpus(r)} | \`/${q.language}/search/\` | ${q.query} | ${kB(q.open)} + ${kB(q.first)} = ${kB(q.total)} kB | ${all ? `${kB(all.total)} kB` : '—'} |`;
      }),
  );
  return [
    '| corpus | page | query | default scope: open + first query = total | whole language (`?shards=all`) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Each seed's page: HTML raw, gzip, brotli, CSS, JS and the page/text gzip ratio (the previous bench's until re-measured). */
export function pageTable(): string {
  const weights = loadResult('seeds')?.pageWeights ?? loadPrevious('seeds')?.pageWeights ?? [];
  return [
    '| page | HTML | gzip | brotli | CSS | JS | text and annotations, gzip | page / text (gzip) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...weights.map(
      (w) =>
        `| \`${w.page}\` | ${kB(w.html)} kB | ${kB(w.gzip)} kB | ${kB(w.brotli)} kB | ${w.css} B | ${w.js} B | ${kB(w.textGzip)} kB | ${n(w.ratio, 2)} |`,
    ),
  ].join('\n');
}

const NOT_MEASURED = 'not measured';
/** A target's row: what was measured, and met or missed (or, without its results, neither). */
// A figure is a string once measured (`x && figure` leaves undefined, or 0, when it is not).
const row = (target: string, figure: string | 0 | undefined, ok: boolean | 0 | undefined) =>
  `| ${target} | ${figure || NOT_MEASURED} | ${typeof ok !== 'boolean' || !figure ? '—' : ok ? 'met' : 'missed'} |`;
const maxQuery = (r: BenchResult | undefined, scope: QueryBytes['scope']) =>
  r ? Math.max(...r.firstQuery.filter((q) => q.scope === scope).map((q) => q.total)) : undefined;

/** The targets of issue #15, each with its figure. */
export function targetTable(): string {
  const [seeds, d2k, d20k, long] = ['seeds', 'docs-2000', 'docs-20000', 'docs-2000-long'].map(loadResult);
  const before = loadPrevious('seeds');
  const full = (target: string, r: BenchResult | undefined, seconds: number, gb: number) =>
    row(
      target,
      r && `${n(r.median.wallSeconds)} s, ${GB(r.median.peakRssMB)}`,
      r && r.median.wallSeconds <= seconds && r.median.peakRssMB <= gb * 1024,
    );
  const growth = d2k && d20k ? d20k.secondsPerDocument / d2k.secondsPerDocument : undefined;
  const q2k = maxQuery(d2k, 'default');
  const q20k = maxQuery(d20k, 'default');
  const whole = maxQuery(d2k, 'all');
  const seedQueries = seeds?.firstQuery.filter((q) => q.scope === 'default');
  const heavier = seeds?.pageWeights?.filter((w) => {
    const old = before?.pageWeights?.find((x) => x.page === w.page);
    return !old || w.gzip > old.gzip;
  });
  return [
    '| target (issue #15) | measured | |',
    '| --- | --- | --- |',
    full('2,000 documents, full build ≤ 45 s, peak ≤ 1.5 GB (whole process tree)', d2k, 45, 1.5),
    full('20,000 documents, full build ≤ 8 min, peak ≤ 3 GB', d20k, 480, 3),
    row('per-document time at 20,000 ≤ 1.2 × at 2,000', growth && `${n(growth, 2)} ×`, growth && growth <= 1.2),
    row(
      'one document changed, at 2,000: ≤ 15 % of the full build',
      d2k && `${n(d2k.rebuild.percentOfBuild, 0)} % (${n(d2k.rebuild.wallSeconds)} s)`,
      d2k && d2k.rebuild.percentOfBuild <= 15,
    ),
    row(
      'one document changed, at 20,000: ≤ 5 % of the full build',
      d20k && `${n(d20k.rebuild.percentOfBuild, 0)} % (${n(d20k.rebuild.wallSeconds)} s)`,
      d20k && d20k.rebuild.percentOfBuild <= 5,
    ),
    row(
      'first query, default scope, at 2,000 ≤ 300 kB (largest of three)',
      q2k && `${kB(q2k)} kB`,
      q2k && q2k <= 300 * 1024,
    ),
    row(
      'first query, default scope, at 20,000 ≤ 300 kB (largest of three)',
      q20k && `${kB(q20k)} kB`,
      q20k && q20k <= 300 * 1024,
    ),
    row(
      'first query over a whole language, at 2,000 ≤ 1 MB (largest of three)',
      whole && `${kB(whole)} kB`,
      whole && whole <= 1024 * 1024,
    ),
    row(
      'long documents (~60 paragraphs), 2,000, full build ≤ 120 s (before: 412 s)',
      long && `${n(long.median.wallSeconds)} s`,
      long && long.median.wallSeconds <= 120,
    ),
    row(
      'the five seeds: first query ≤ 150 kB for each of the three queries',
      seedQueries && seedQueries.map((q) => `${kB(q.total)}`).join(' / ') + ' kB',
      seedQueries && seedQueries.every((q) => q.total <= 150 * 1024),
    ),
    row(
      `the five seeds: every page's gzip no heavier than before`,
      heavier && (heavier.length ? `heavier: ${heavier.map((w) => w.page).join(', ')}` : 'none heavier'),
      heavier && heavier.length === 0,
    ),
    row(
      `the five seeds: build no slower than before (${before ? `${n(before.buildSeconds)} s` : '?'})`,
      seeds && `${n(seeds.median.wallSeconds)} s`,
      seeds && before && seeds.median.wallSeconds <= before.buildSeconds,
    ),
  ].join('\n');
}
