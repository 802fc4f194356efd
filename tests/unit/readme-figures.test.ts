import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPORA, loadResult, pageTable, queryTable, scaleTable, targetTable } from '../bench/report-tables.ts';
import { previousScaleTable } from '../bench/report-previous.ts';

// The README's performance figures are the benchmark's, not typed by hand: each table is
// what `npm run bench:report` prints from tests/bench/results/ (and, for the bench of
// issue #8 it improves on, tests/bench/results/issue-8/).
describe('the README’s Performance section', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('holds, for every corpus measured, every run and their medians: three runs or more, one at 20,000 documents', () => {
    for (const label of CORPORA) {
      const r = loadResult(label);
      if (!r) continue;
      expect(r.runs, label).toBeGreaterThanOrEqual(r.documents >= 20_000 ? 1 : 3);
      expect(r.fullRuns, label).toHaveLength(r.runs);
      expect(
        r.firstQuery.filter((q) => q.scope === 'default'),
        label,
      ).toHaveLength(3);
      expect(
        r.firstQuery.filter((q) => q.scope === 'all'),
        label,
      ).toHaveLength(3);
      if (label !== 'seeds') expect(r.documents, label).toBe(Number(label.split('-')[1]));
    }
  });

  it('quotes the target, scale, query, page-weight and previous tables exactly as the bench results give them', () => {
    for (const table of [targetTable(), scaleTable(), queryTable(), pageTable(), previousScaleTable()])
      expect(readme).toContain(table);
  });

  it('explains every missed target', () => {
    for (const line of targetTable()
      .split('\n')
      .filter((l) => l.endsWith('| missed |'))) {
      const target = line.split('|')[1].trim();
      expect(readme, target).toContain(`${target} — missed`);
    }
  });
});
