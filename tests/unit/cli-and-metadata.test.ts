import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';

const run = (...args: string[]): string =>
  execFileSync('npx', ['tsx', 'src/cli/ingest.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('npm run ingest', () => {
  it('prints a report per document with counts, notes, references and warnings with their lines', () => {
    const out = run();
    expect(out).toContain('── 000_1d7ed085675f9348.txt → /fr/a-c-2-78-l-11/');
    expect(out).toMatch(
      /symbol A\/C\.2\/78\/L\.11 · language fr \(detected\) · type draft-resolution · format pdf-text/,
    );
    expect(out).toMatch(/blocks formula 1 · preambular 54 · operative 62/);
    expect(out).toContain('notes 20 (missing text: 16, 17)');
    expect(out).toMatch(/warning line +0 {2}note-text-missing: note 16/);
    expect(out).toMatch(
      /references \d+ to \d+ documents: \d+ resolved to documents of this corpus, \d+ to undocs\.org/,
    );
    expect(out).toContain('symbol unknown');
  }, 60_000);

  it('prints the model itself with --json', () => {
    const model = JSON.parse(run('--json', '004'));
    expect(model.metadata.symbol).toBe('ESCAP/RES/80/1');
    expect(model.blocks.map((b: { id: string }) => b.id)).toContain('p9-e');
  }, 60_000);
});

describe('editorial metadata', () => {
  it('overrides the detected language and fills what the text lacks', async () => {
    const bytes = readFileSync('tests/fixtures/mini/en.txt');
    const result = await ingest('en.txt', bytes, {
      source: 'en.txt',
      language: 'en',
      symbol: 'A/RES/99/1',
      date: '2030-01-02',
    });
    expect(result.ok && result.document.languageSource).toBe('metadata');
    expect(result.ok && result.document.metadata.symbol).toBe('A/RES/99/1');
    expect(result.ok && result.document.metadata.sources.symbol).toBe('content/documents');
    expect(result.ok && result.document.slug).toBe('a-res-99-1');
  });
});
