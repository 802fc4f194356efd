import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPORA, loadResult, pageTable, scaleTable, targetTable } from '../bench/report-tables.ts';

// The README's performance figures are the benchmark's, not typed by hand: each table is
// what `npm run bench:report` prints from tests/bench/results/, and every corpus the issue
// asks for (the seeds, 200, 1,000 and 2,000 documents) was measured as a median of runs.
describe('the README’s Performance section', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('holds a result for the seeds and for 200, 1,000 and 2,000 documents, each the median of three runs or more', () => {
    for (const label of CORPORA) {
      const r = loadResult(label);
      expect(r, label).toBeDefined();
      expect(r!.runs, label).toBeGreaterThanOrEqual(3);
    }
    expect(loadResult('docs-2000')!.documents).toBe(2000);
  });

  it('quotes the scale, page-weight and target tables exactly as the bench results give them', () => {
    expect(readme).toContain(scaleTable());
    expect(readme).toContain(pageTable());
    expect(readme).toContain(targetTable()!);
  });

  it('explains every missed target', () => {
    for (const line of targetTable()!
      .split('\n')
      .filter((l) => l.endsWith('| missed |'))) {
      const target = line.split('|')[1].trim();
      const key = /build ≤ 120 s/.test(target)
        ? '120 s — missed'
        : /RSS/.test(target)
          ? 'Peak RSS ≤ 4 GB — missed'
          : /rebuild/.test(target)
            ? 'Rebuild after one change ≤ 25 % — missed'
            : /ingest/.test(target)
              ? 'Ingest ≥ 2 MB/s per core — missed'
              : 'Linear growth — missed';
      expect(readme, target).toContain(key);
    }
  });
});
