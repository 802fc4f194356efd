import { describe, expect, it } from 'vitest';
import { shardsOf } from '../../src/search/shards.ts';
import { dropStopWords } from '../../src/search/stop-words.ts';

const docs = (language: string, year: string, n: number, body = 'GA') =>
  Array.from({ length: n }, (_, k) => ({
    language,
    slug: `${language}-${year}-${body}-${k}`,
    date: `${year}-05-01`,
    body,
  }));

describe('search shards', () => {
  it('gathers consecutive years, newest first, up to the size, undated last', () => {
    const shards = shardsOf(
      [
        ...docs('fr', '2027', 3),
        ...docs('fr', '2030', 2),
        ...docs('fr', '2029', 2),
        ...docs('fr', '2028', 4),
        { language: 'fr', slug: 'x' },
      ],
      5,
    ).get('fr')!;
    expect(shards.map((s) => [s.id, s.label, s.documents])).toEqual([
      ['2029-2030', '2029–2030', 4],
      ['2028', '2028', 4],
      ['2027', '2027', 3],
      ['undated', 'undated', 1],
    ]);
    expect(shards[0]).toMatchObject({ from: '2029', to: '2030', language: 'fr' });
    expect(shards[3].slugs).toEqual(['x']);
  });

  it('splits a year too big by body, then a body too big into numbered parts', () => {
    const shards = shardsOf(
      [...docs('en', '2030', 7, 'GA'), ...docs('en', '2030', 2, 'SC'), ...docs('en', '2029', 1)],
      3,
    ).get('en')!;
    expect(shards.map((s) => [s.id, s.label, s.documents])).toEqual([
      ['2030-ga-1', '2030 · GA (1)', 3],
      ['2030-ga-2', '2030 · GA (2)', 3],
      ['2030-ga-3', '2030 · GA (3)', 1],
      ['2030-sc', '2030 · SC', 2],
      ['2029', '2029', 1],
    ]);
  });

  it('keeps languages apart, every document in exactly one shard, no shard over the size, ids path-safe', () => {
    const all = [
      ...docs('fr', '2030', 12),
      ...docs('ar', '2030', 2),
      ...docs('fr', '2020', 9),
      ...docs('fr', '2019', 1),
    ];
    const shards = shardsOf(all, 10);
    expect([...shards.keys()]).toEqual(['ar', 'fr']);
    const flat = [...shards.values()].flat();
    expect(flat.flatMap((s) => s.slugs).sort()).toEqual(all.map((d) => d.slug).sort());
    for (const s of flat) {
      expect(s.documents).toBeLessThanOrEqual(10);
      expect(s.id).toMatch(/^[a-z0-9-]+$/);
    }
    expect(shardsOf(all, 10)).toEqual(shards); // the same input, the same shards
  });
});

describe('search stop words', () => {
  it('drops the commonest function words of the language searched, and says which', () => {
    expect(dropStopWords('égalité souveraine des États', 'fr')).toEqual({
      query: 'égalité souveraine États',
      dropped: ['des'],
    });
    expect(dropStopWords('The digital divide', 'en')).toEqual({ query: 'digital divide', dropped: ['The'] });
    expect(dropStopWords('the digital divide', 'fr').dropped).toEqual([]);
    expect(dropStopWords('brecha de la conectividad', 'es').dropped).toEqual(['de', 'la']);
    expect(dropStopWords('развитие и сотрудничество', 'ru').query).toBe('развитие сотрудничество');
    expect(dropStopWords('التنمية في أفريقيا', 'ar').dropped).toEqual(['في']);
  });

  it('keeps quoted phrases whole, symbols, and a query of stop words only', () => {
    expect(dropStopWords('"fracture de la" numérique', 'fr')).toEqual({
      query: '"fracture de la" numérique',
      dropped: [],
    });
    expect(dropStopWords('A/RES/70/125', 'fr').query).toBe('A/RES/70/125');
    expect(dropStopWords('de la', 'fr')).toEqual({ query: 'de la', dropped: [] });
  });

  it('finds Chinese words without spaces', () => {
    const { dropped, query } = dropStopWords('可持续的发展', 'zh');
    expect(dropped).toEqual(['的']);
    expect(query).not.toContain('的');
  });
});
