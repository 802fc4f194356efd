import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/ingest/check.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Document } from '../../src/model/document.ts';

const model = async (name: string, text: string | Uint8Array): Promise<Document> => {
  const r = await ingest(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};

describe("npm run ingest -- --check: a librarian's look before publishing", () => {
  it('finds nothing wrong in a sound resolution', async () => {
    const d = await model('en.txt', readFileSync('tests/fixtures/mini/en.txt'));
    expect(checkDocument(d).filter((f) => f.code !== 'no-symbol')).toEqual([]);
  });

  it('flags a gap in the numbering, exactly that, with its line', async () => {
    const text = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides one;\n\n3. Decides three.\n';
    const findings = checkDocument(await model('gap.txt', text)).filter((f) => f.code !== 'no-symbol');
    expect(findings).toEqual([{ code: 'numbering-gap', line: 7, message: 'paragraph 3 follows paragraph 1' }]);
  });

  it('prints one line per flagged document and a summary; --strict exits non-zero when anything is flagged', () => {
    const run = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['src/cli/ingest.ts', '--check', ...args], { encoding: 'utf8' });
    const seeds = run('--strict');
    expect(seeds.stdout).toMatch(/^000_1d7ed085675f9348\.txt:\d+ .*note 16 is called but its text is absent/m);
    expect(seeds.stdout).toMatch(/^5 documents, \d+ blocks, \d+ notes; 3 flagged/m);
    expect(seeds.status).toBe(1);
    const sound = run('--strict', 'tests/fixtures/corpus/web/en_a-res-80-7.txt');
    expect(sound.stdout).toMatch(/^1 documents, \d+ blocks, 3 notes; 0 flagged$/m);
    expect(sound.status).toBe(0);
  }, 60_000);
});
