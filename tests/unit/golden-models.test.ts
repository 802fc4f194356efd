import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/cli/ingest-report.ts';
import { ingest } from '../../src/ingest/index.ts';

/**
 * Golden models, in the style of remark-gfm's fixture folders: each folder of
 * tests/fixtures/ingest/ holds a source (input.txt or input.md, a copy of a seed, a fixture
 * or a real corpus file), the model ingest gives (model.json) and the per-block report
 * (blocks.txt, as `npm run ingest -- --blocks` prints it). Any change to ingest shows its
 * whole effect here as a diff, to be reviewed. After a deliberate change:
 *   UPDATE=1 npm run test:unit -- tests/unit/golden-models.test.ts
 * and read `git diff tests/fixtures/ingest` before committing.
 */
const ROOT = 'tests/fixtures/ingest';
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden models of real and constructed documents', () => {
  it('covers the seeds, the fixtures and at least 40 real corpus files', () => {
    expect(cases.filter((c) => c.startsWith('seed-'))).toHaveLength(5);
    expect(cases.filter((c) => /^(railcar|council|web)-/.test(c)).length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(ROOT, name);
      const input = readdirSync(dir).find((f) => /^input\.(txt|md)$/.test(f))!;
      const r = await ingest(input, readFileSync(join(dir, input)));
      if (!r.ok) throw new Error(r.diagnostic.message);
      const model = `${JSON.stringify(r.document, null, 1)}\n`;
      const blocks = ingestReport(r.document, [r.document], true);
      if (process.env.UPDATE === '1') {
        writeFileSync(join(dir, 'model.json'), model);
        writeFileSync(join(dir, 'blocks.txt'), blocks);
      }
      if (!existsSync(join(dir, 'model.json')))
        expect.fail(`${dir} has no model.json: run with UPDATE=1 and review it`);
      expect(model).toBe(readFileSync(join(dir, 'model.json'), 'utf8'));
      expect(blocks).toBe(readFileSync(join(dir, 'blocks.txt'), 'utf8'));
    });
  }
});
