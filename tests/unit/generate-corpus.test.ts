import { describe, expect, it } from 'vitest';
import { generateDocuments, PER_YEAR } from '../../src/bench/generate-corpus.ts';
import { realSources } from '../../src/bench/real-sources.ts';
import { ingest } from '../../src/ingest/index.ts';

// The bench of issue #15 builds corpora of real resolutions, renumbered: these hold what its
// figures rest on — the same corpus every time, real lengths, the language mix it says,
// years for shards, and texts ingest reads as it reads the originals.
const sources = realSources();
const fifty = [...generateDocuments(50, sources)];
const PARAGRAPHS = new Set(['preambular', 'operative', 'subparagraph', 'paragraph']);

describe('the generated corpus of the bench', () => {
  it('is deterministic', () => {
    expect([...generateDocuments(50, sources)]).toEqual(fifty);
  });

  it('spreads 2,000 documents over years of 325, the newest year full and last, in every language, one in three from the Assembly', () => {
    const docs = [...generateDocuments(2000, sources)].map(({ date, language, origin, symbol }) => ({
      date,
      language,
      origin,
      symbol,
    }));
    const years = new Map<string, number>();
    for (const d of docs) years.set(d.date.slice(0, 4), (years.get(d.date.slice(0, 4)) ?? 0) + 1);
    expect(years.size).toBe(Math.ceil(2000 / PER_YEAR));
    expect(years.get('2025')).toBe(PER_YEAR);
    expect(docs.map((d) => d.date)).toEqual(docs.map((d) => d.date).sort());
    expect(new Set(docs.map((d) => d.symbol)).size).toBe(2000);
    const share = (f: (d: (typeof docs)[0]) => boolean) => docs.filter(f).length / docs.length;
    expect(share((d) => d.origin === 'ga')).toBeGreaterThan(0.28);
    expect(share((d) => d.origin === 'ga')).toBeLessThan(0.39);
    expect(share((d) => d.language === 'en')).toBeGreaterThan(0.7);
    for (const language of ['ar', 'en', 'es', 'fr', 'ru', 'zh'])
      expect(share((d) => d.language === language)).toBeGreaterThan(0.005);
  });

  it('ingests every text without error, with real lengths and its citations found', async () => {
    let paragraphs = 0;
    let cited = 0;
    for (const d of fifty) {
      const r = await ingest(d.file, new TextEncoder().encode(d.text), {
        source: d.file,
        symbol: d.symbol,
        type: 'resolution',
        date: d.date,
        language: d.language,
      });
      expect(r.ok, d.source).toBe(true);
      if (!r.ok) continue;
      expect(
        r.document.diagnostics.filter((x) => x.severity === 'error'),
        d.source,
      ).toEqual([]);
      expect(r.document.language, d.source).toBe(d.language);
      const found = r.document.blocks.filter((b) => PARAGRAPHS.has(b.kind)).length;
      expect(found, d.source).toBeGreaterThan(0);
      paragraphs += found;
      for (const c of d.cites)
        expect(
          r.document.references.map((x) => x.symbol),
          d.source,
        ).toContain(c);
      cited += d.cites.length;
    }
    // Real resolutions: a Council text has a few paragraphs, an Assembly text tens (the
    // long generator's had about 60 each).
    expect(paragraphs / fifty.length).toBeGreaterThan(8);
    expect(paragraphs / fifty.length).toBeLessThan(40);
    expect(cited).toBeGreaterThan(25);
  }, 60_000);
});
