import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import type { Block, Document, Language } from '../../src/model/document.ts';
import { alignVersions, columnOrder, numberedBefore } from '../../src/site/side-by-side.ts';

/** A version with only what alignment reads: its language and its blocks' kinds and ids. */
const version = (language: Language, blocks: [Block['kind'], string][]): Document =>
  ({
    language,
    blocks: blocks.map(([kind, id]) => ({ kind, id, inlines: [], part: 0, line: 1 })),
  }) as unknown as Document;
const split = (s: string) => s.split(' ') as [string, string];
const table = (docs: Document[]) => alignVersions(docs).map((r) => [r.id, ...r.cells.map((b) => (b ? b.id : '—'))]);

describe('languages side by side: alignment by paragraph id', () => {
  it('puts the same ids on one row, paragraphs and headings only', () => {
    const fr = version('fr', [
      ['formula', 'formula'],
      ['preambular', 'pp1'],
      ['heading', 'h1'],
      ['operative', 'p1'],
    ]);
    const en = version('en', [
      ['preambular', 'pp1'],
      ['heading', 'h1'],
      ['operative', 'p1'],
      ['closing', 'closing'],
    ]);
    expect(table([fr, en])).toEqual([
      ['pp1', 'pp1', 'pp1'],
      ['h1', 'h1', 'h1'],
      ['p1', 'p1', 'p1'],
    ]);
  });

  it('takes the union of ids: one a later version alone has goes between the ids around it there, by number among others', () => {
    const fr = version('fr', [
      ['operative', 'p1'],
      ['operative', 'p2'],
      ['operative', 'p4'],
    ]);
    const ar = version('ar', [
      ['operative', 'p1'],
      ['operative', 'p3'],
      ['operative', 'p4'],
    ]);
    const en = version('en', [
      ['operative', 'p0'],
      ['operative', 'p2'],
      ['subparagraph', 'p2-a'],
    ]);
    expect(table([fr, ar, en])).toEqual([
      ['p0', '—', '—', 'p0'],
      ['p1', 'p1', 'p1', '—'],
      ['p2', 'p2', '—', 'p2'],
      ['p2-a', '—', '—', 'p2-a'],
      ['p3', '—', 'p3', '—'],
      ['p4', 'p4', 'p4', '—'],
    ]);
  });

  it('orders ids by their numbers only where their shapes agree', () => {
    expect(
      ['p2 p2-a', 'p2-a p3', 'p9 p10', 'pp2 pp3', 'annex1-p2 annex1-p3'].map((s) => numberedBefore(...split(s))),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['p3 p2', 'p10 p9', 'p1 pp1', 'pp1 p1', 'h3 p5', 'p5 h3', 'p2 p2', 'p2-a p2-b'].map((s) =>
        numberedBefore(...split(s)),
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('orders the columns: the page’s own version first, then the six languages’ order', () => {
    const [zh, ar, fr] = [version('zh', []), version('ar', []), version('fr', [])];
    expect(columnOrder(fr, [zh, ar]).map((d) => d.language)).toEqual(['fr', 'ar', 'zh']);
  });

  it('aligns the fixture site’s versions: A/RES/99/1 in three languages (Arabic cut before ¶ 3), two real Council pairs', async () => {
    const { documents } = await loadCorpus('tests/fixtures/site/seeds', 'tests/fixtures/site/content');
    const of = (symbol: string) => documents.filter((d) => d.metadata.symbol === symbol);
    const ict = of('A/RES/99/1');
    expect(ict.map((d) => d.language).sort()).toEqual(['ar', 'en', 'fr']);
    const [fr, ...others] = columnOrder(
      ict.find((d) => d.language === 'fr')!,
      ict.filter((d) => d.language !== 'fr'),
    );
    expect(table([fr, ...others])).toEqual([
      ...['pp1', 'pp2', 'p1', 'p2', 'p2-a', 'p2-b'].map((id) => [id, id, id, id]),
      ['p3', 'p3', '—', 'p3'],
    ]);
    expect(of('S/RES/53(1948)').map((d) => d.language)).toEqual(expect.arrayContaining(['en', 'es']));
    expect(table(of('S/RES/53(1948)')).map((r) => r[0])).toEqual(['pp1', 'para-1']);
    expect(of('S/RES/87(1950)').map((d) => d.language)).toEqual(expect.arrayContaining(['en', 'zh']));
    expect(table(of('S/RES/87(1950)'))).toEqual(
      ['pp1', 'pp2', 'pp3', 'pp4', 'para-1', 'para-1-a', 'para-1-b'].map((id) => [id, id, id]),
    );
  });
});
