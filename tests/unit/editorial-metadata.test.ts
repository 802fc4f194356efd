import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationFormats, cslOf, unReference } from '../../src/exports/citation.ts';
import { ingest } from '../../src/ingest/index.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import type { Document } from '../../src/model/document.ts';

/** A real text read with the editors' metadata given. */
async function read(path: string, editorial: Record<string, string> = {}): Promise<Document> {
  const file = path.split('/').at(-1)!;
  const result = await ingest(file, new Uint8Array(readFileSync(path)), { source: file, ...editorial });
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.document;
}

describe('editors’ series and notes', () => {
  it('reach the model from content/documents (the policy brief’s series)', async () => {
    const { documents } = await loadCorpus('seeds', 'content');
    const brief = documents.find((d) => d.slug === 'note-orientation-5-pacte-numerique-mondial')!;
    expect(brief.metadata.series).toBe('Notre Programme commun — Note d’orientation no 5');
    expect(brief.metadata.sources.series).toBe('content/documents');
    expect(documents.filter((d) => d !== brief).map((d) => d.metadata.series)).toEqual([null, null, null, null]);
  });

  it('go into the citations: CSL collection-title and note, BibTeX series, the UN-style reference', async () => {
    const doc = await read('seeds/003_2967aea80cfa68d8.txt', {
      series: 'Notre Programme commun — Note d’orientation no 5',
      notes: 'La couverture manque au texte extrait.',
    });
    expect(cslOf(doc)).toMatchObject({
      'collection-title': 'Notre Programme commun — Note d’orientation no 5',
      note: 'La couverture manque au texte extrait.',
    });
    expect(citationFormats(doc).bibtex).toMatch(/series = \{Notre .*orientation no 5\}/);
    expect(unReference(doc)).toContain('Notre Programme commun — Note d’orientation no 5');
    // Without a symbol but with a series, the series identifies it: only its date is unknown.
    expect(unReference(doc).match(/inconnu/g)).toEqual(['inconnu']);
    expect(unReference(doc)).toMatch(/Note d’orientation no 5, inconnu\.$/);
  });
});

describe('the UN-style reference quotes a title as its language does', () => {
  it.each([
    ['fr', 'tests/fixtures/site/seeds/ict-fr.txt', /«\u00a0.+\u00a0»/],
    ['en', 'tests/fixtures/site/seeds/ict-en.txt', /“.+”/],
    ['zh', 'tests/fixtures/site/seeds/zh_s-res-87-1950.txt', /《.+》/],
  ])('%s', async (language, path, quoted) => {
    const doc = await read(path);
    expect(doc.language).toBe(language);
    expect(unReference(doc)).toMatch(quoted);
  });
});
