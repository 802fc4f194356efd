import { beforeAll, describe, expect, it } from 'vitest';
import { bodyById } from '../../src/ingest/data/bodies.ts';
import { table } from '../../src/ingest/languages/index.ts';
import { type ReferenceContext, toInlines } from '../../src/ingest/references.ts';
import { isSymbol, normalizeSymbol, slugify, undocsUrl } from '../../src/ingest/symbols.ts';
import type { Document, Inline } from '../../src/model/document.ts';
import { seeds } from '../helpers/corpus.ts';

const fr = { language: 'fr' as const, table: table('fr'), ownBody: bodyById('GA') };
const refs = (text: string, ctx: ReferenceContext = fr) =>
  toInlines(text, ctx)
    .filter((i): i is Extract<Inline, { t: 'ref' }> => i.t === 'ref')
    .map((i) => i.symbol);

describe('document slugs (DESIGN.md contract)', () => {
  it.each([
    ['A/RES/80/173', 'a-res-80-173'],
    ['A/C.2/78/L.11', 'a-c-2-78-l-11'],
    ['ESCAP/RES/80/1', 'escap-res-80-1'],
    ['A/RES/217(III)', 'a-res-217-iii'],
  ])('%s → %s', (symbol, slug) => expect(slugify(symbol)).toBe(slug));
});

describe('symbols in text', () => {
  it.each([
    ['Voir A/C.2/59/3, annexe.', ['A/C.2/59/3']],
    ['A/78/62-E/2023/49.', ['A/78/62']],
    ['A/67/65-E/2012/48 et A/67/65/Corr.1-E/2012/48/Corr.1.', ['A/67/65', 'A/67/65/Corr.1']],
    ['TD/B/EDE/6/4.', ['TD/B/EDE/6/4']],
    ['Voir E/FFDF/2023/3.', ['E/FFDF/2023/3']],
    ['A/HRC/17/31, annexe.', ['A/HRC/17/31']],
    ['A/CONF.157/24 (Part I), chap. III.', ['A/CONF.157/24(PartI)']],
    ['(A/77/CRP.1/Add.2)', ['A/77/CRP.1/Add.2']],
    ['les TIC et/ou les km/h', []],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it('rejects a series without a number', () => {
    expect(isSymbol('A/RES')).toBe(false);
    expect(isSymbol('A/RES/70/1')).toBe(true);
    expect(normalizeSymbol('A/CONF.157/24 (Part I)')).toBe('A/CONF.157/24(PartI)');
    expect(undocsUrl('A/RES/70/125', 'es')).toBe('https://undocs.org/es/A/RES/70/125');
  });
});

describe('resolutions cited by number', () => {
  it.each([
    ['Résolution 217 A (III).', ['A/RES/217(III)']],
    ['sa résolution 70/125 du 16 décembre 2015', ['A/RES/70/125']],
    ['la résolution 2023/3 du Conseil économique et social, en date du 7 juin 2023', ['E/RES/2023/3']],
    ['Résolutions 56/183, 57/238 et 76/189.', ['A/RES/56/183', 'A/RES/57/238', 'A/RES/76/189']],
    [
      'Résolutions 2006/46, 2008/3 et 2022/15 du Conseil économique et social.',
      ['E/RES/2006/46', 'E/RES/2008/3', 'E/RES/2022/15'],
    ],
    ['la résolution 2006/46 du Conseil en date du 28 juillet 2006', ['E/RES/2006/46']],
    ['la résolution 70/1 de l’Assemblée générale', ['A/RES/70/1']],
    ['Voir résolution 2200 A (XXI), annexe.', ['A/RES/2200(XXI)']],
    ['la résolution 2250 (2015) du Conseil de sécurité', ['S/RES/2250(2015)']],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it.each([
    ['fr', 'ses résolutions 70/125 du 16 décembre 2015 et 77/150 du 14 décembre 2022'],
    ['en', 'its resolutions 70/125 of 16 December 2015 and 77/150 of 14 December 2022'],
    ['es', 'sus resoluciones 70/125, de 16 de diciembre de 2015, y 77/150, de 14 de diciembre de 2022'],
    ['ru', 'свои резолюции 70/125 от 16 декабря 2015 года и 77/150 от 14 декабря 2022 года'],
    ['ar', 'قراريها 70/125 المؤرخ 16 كانون الأول/ديسمبر 2015 و 77/150 المؤرخ 14 كانون الأول/ديسمبر 2022'],
    ['zh', '其2015年12月16日第70/125号和2022年12月14日第77/150号决议'],
  ] as const)('%s: a list whose every resolution carries its date', (language, text) => {
    const ctx = { language, table: table(language), ownBody: bodyById('GA') };
    expect(refs(text, ctx)).toEqual(['A/RES/70/125', 'A/RES/77/150']);
  });

  it('gives "sa résolution" to the issuing body', () => {
    const escap = { ...fr, ownBody: bodyById('ESCAP') };
    expect(refs('Rappelant sa résolution 78/1 du 27 mai 2022', escap)).toEqual(['ESCAP/RES/78/1']);
    expect(refs("la résolution 70/1 de l'Assemblée générale", escap)).toEqual(['A/RES/70/1']);
  });
});

describe('the hyperlink lists of seeds 000 and 003 are ground truth', () => {
  let d: Record<string, Document>;
  beforeAll(async () => {
    d = await seeds();
  });

  it.each(['000', '003'])('every undocs URL listed in %s is produced from its text', (key) => {
    const doc = d[key];
    const produced = new Set(doc.references.map((r) => r.url.toLowerCase()));
    const listed = doc.linkHints
      .map((h) => h.url.replace(/^https?:\/\/www\./i, 'https://').toLowerCase())
      .filter((u) => u.includes('undocs.org'));
    expect(listed.length).toBeGreaterThan(key === '000' ? 40 : 20);
    expect(listed.filter((u) => !produced.has(u))).toEqual([]);
  });

  it('uses a list entry as the link target only where the text cannot give it, and says so', () => {
    const fromHints = d['003'].diagnostics.filter((x) => x.code === 'link-target-from-hint');
    expect(fromHints.map((x) => x.message)).toEqual([
      expect.stringContaining('"2011/33" links to https://undocs.org/fr/E/2011/INF/2'),
    ]);
    expect(d['000'].diagnostics.filter((x) => x.code === 'link-target-from-hint')).toEqual([]);
  });

  it('links every symbol in the notes of 000 in the document’s language', () => {
    expect(d['000'].references.find((r) => r.in === 'fn13')?.url).toBe('https://undocs.org/fr/A/RES/217(III)');
    expect(d['000'].references.find((r) => r.in === 'fn9')?.url).toBe('https://undocs.org/fr/A/78/62');
    expect(d['000'].references.filter((r) => r.in === 'fn2')).toHaveLength(16);
    expect(d['001'].references.find((r) => r.text === '70/125')?.url).toBe('https://undocs.org/fr/A/RES/70/125');
  });
});

describe('a paragraph named with the citation', () => {
  it.each([
    ['au paragraphe 12 de sa résolution 70/1', 'p12'],
    ['les paragraphes 3 de la résolution 70/125', 'p3'],
    ['au paragraphe 9 e) de la résolution 80/1', 'p9-e'],
    ['la résolution 70/1', undefined],
  ])('%s', (text, paragraph) => {
    const ref = toInlines(text, fr).find((i) => i.t === 'ref');
    expect(ref?.t).toBe('ref');
    expect(ref?.t === 'ref' ? ref.paragraph : 'no ref').toBe(paragraph);
  });
});
