import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/corpus.ts';

describe('two documents with one slug', () => {
  it('is reported only within one language: the language versions of a document share its slug', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'resolu-slugs-'));
    try {
      for (const [from, to] of [
        ['en_s-res-87-1950.txt', 'en.txt'],
        ['zh_s-res-87-1950.txt', 'zh.txt'],
        ['en_s-res-87-1950.txt', 'en-copy.txt'],
      ])
        copyFileSync(`tests/fixtures/site/seeds/${from}`, join(seeds, to));
      const { documents, problems } = await loadCorpus(seeds, join(seeds, 'no-content'));
      expect(documents.map((d) => `${d.language}/${d.slug}`).sort()).toEqual([
        'en/s-res-87-1950',
        'en/s-res-87-1950',
        'zh/s-res-87-1950',
      ]);
      const clashes = problems.filter((p) => p.code === 'slug-clash');
      expect(clashes.map((p) => p.message)).toEqual([
        'en.txt and en-copy.txt both have the slug "s-res-87-1950" in en: give one a `slug` in content/documents',
      ]);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });
});
