import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.ts';
import { Document as DocumentSchema } from '../../src/model/document.ts';
import { block, ids, range, seeds, text } from '../helpers/corpus.ts';

let d: Record<string, Document>;
beforeAll(async () => {
  d = await seeds();
});

describe('every seed', () => {
  it('is ingested into a schema-valid model', () => {
    expect(Object.keys(d).sort()).toEqual(['000', '001', '002', '003', '004']);
    for (const doc of Object.values(d)) expect(() => DocumentSchema.parse(doc)).not.toThrow();
  });

  it('is detected as French, in the right source format', () => {
    expect(Object.values(d).map((x) => x.language)).toEqual(['fr', 'fr', 'fr', 'fr', 'fr']);
    expect(Object.values(d).map((x) => x.format)).toEqual(['pdf-text', 'markdown', 'pdf-text', 'pdf-text', 'markdown']);
  });

  it('has unique ids on its page', () => {
    for (const doc of Object.values(d)) {
      const all = [...doc.blocks.map((b) => b.id), ...doc.footnotes.map((n) => n.id)];
      expect(new Set(all).size, doc.file).toBe(all.length);
    }
  });
});

describe('000 — A/C.2/78/L.11, PDF text', () => {
  it('takes its symbol from the running header and its type from the symbol', () => {
    expect(d['000'].metadata.symbol).toBe('A/C.2/78/L.11');
    expect(d['000'].slug).toBe('a-c-2-78-l-11');
    expect(d['000'].metadata.type).toBe('draft-resolution');
    expect(d['000'].metadata.body).toBe('GA');
  });

  it('has numbered paragraphs p1–p62 in order, none missing or doubled', () => {
    expect(ids(d['000'], 'operative')).toEqual(range(1, 62));
  });

  it('has exactly 54 preambular paragraphs after the enacting formula', () => {
    expect(ids(d['000'], 'formula')).toEqual(['formula']);
    expect(text(block(d['000'], 'formula'))).toBe('L’Assemblée générale,');
    expect(ids(d['000'], 'preambular')).toEqual(range(1, 54, 'pp'));
    // The first preambular paragraph after a page break that cut it in two.
    expect(text(block(d['000'], 'pp3'))).toContain('dont elle s’efforcera d’achever la réalisation,');
  });

  it('has notes * and 1–19, with 16 and 17 kept and flagged as missing', () => {
    expect(d['000'].footnotes.map((n) => n.marker)).toEqual(['*', ...range(1, 19, '')]);
    expect(d['000'].footnotes.filter((n) => n.missing).map((n) => n.marker)).toEqual(['16', '17']);
    expect(d['000'].diagnostics.filter((x) => x.code === 'note-text-missing')).toHaveLength(2);
  });

  it('reads "du 17 au 20 octobre 2016," with note 3 after the year (the glued "20163")', () => {
    const habitat = d['000'].blocks.find((b) => text(b).includes('Habitat III'))!;
    expect(text(habitat)).toContain('du 17 au 20 octobre 2016,');
    const k = habitat.inlines.findIndex((i) => i.t === 'noteref' && i.marker === '3');
    expect(k).toBeGreaterThan(0);
    const before = habitat.inlines[k - 1];
    expect(before.t === 'text' && before.v.endsWith('octobre 2016')).toBe(true);
  });

  it('places calls glued to words and set apart by a space', () => {
    const call = (id: string, marker: string) =>
      block(d['000'], id).inlines.some((i) => i.t === 'noteref' && i.marker === marker);
    expect(call('pp1', '1')).toBe(true); // "la question1,"
    expect(call('pp2', '2')).toBe(true); // "sur la question 2,"
    expect(call('p37', '16')).toBe(true); // "Groupe de travail16," whose note text is absent
  });

  it('re-joins paragraph 43 across the footnote rule that split it', () => {
    expect(text(block(d['000'], 'p43'))).toContain(
      'en tant que facteurs essentiels du développement durable et combler le fossé numérique',
    );
  });
});

describe('001 — A/RES/80/173, converter Markdown', () => {
  it('derives its symbol from the body and the resolution number', () => {
    expect(d['001'].metadata.symbol).toBe('A/RES/80/173');
    expect(d['001'].metadata.date).toBe('2025-12-17');
    expect(d['001'].metadata.agendaItem).toBe('15');
  });

  it('has p1–p127 and the 7 preambular paragraphs of the annexed outcome document', () => {
    expect(ids(d['001'], 'operative')).toEqual(range(1, 127));
    const annexPreamble = d['001'].blocks.filter((b) => b.kind === 'preambular');
    expect(annexPreamble).toHaveLength(7);
    expect(new Set(annexPreamble.map((b) => b.part))).toEqual(new Set([1]));
    expect(ids(d['001'], 'formula')).toHaveLength(2);
  });

  it('has notes 1–12 and no note for the stray "**" closing the title line', () => {
    expect(d['001'].footnotes.map((n) => n.marker)).toEqual(range(1, 12, ''));
    expect(d['001'].footnotes.every((n) => !n.missing)).toBe(true);
  });

  it('re-joins paragraphs split by page breaks and interleaved notes', () => {
    expect(text(block(d['001'], 'p11'))).toContain("participation pleine, égale et réelle à l'espace numérique");
    expect(text(block(d['001'], 'p16'))).toContain('compétences numériques. Nous réaffirmons');
    expect(text(block(d['001'], 'p21'))).toContain('a accès à Internet dans les zones urbaines');
  });

  it('names its unlabelled headings by rank, h1–h18 in reading order, as a paragraph by its number', () => {
    const headings = d['001'].blocks.filter((b) => b.kind === 'heading' && !b.id.startsWith('annex'));
    expect(headings.map((b) => b.id)).toEqual(range(1, 18, 'h'));
    expect(text(headings[14])).toBe("Gouvernance d'Internet");
  });

  it('ends with the closing formula', () => {
    const closing = d['001'].blocks.at(-1)!;
    expect(closing.kind).toBe('closing');
    expect(text(closing)).toMatch(/^68e séance plénière 17 décembre 2025$/);
  });
});

describe('002 — report of the Secretary-General, PDF text', () => {
  it('has p1–p87', () => {
    expect(ids(d['002'], 'operative')).toEqual(range(1, 87));
  });

  it('has sections I–IV with lettered and numbered sub-sections as headings, not paragraphs', () => {
    const headings = d['002'].blocks.filter((b) => b.kind === 'heading');
    expect(headings.filter((h) => h.level === 1).map((h) => h.label)).toEqual(['I', 'II', 'III', 'IV']);
    expect(headings.filter((h) => h.level === 2 && h.label).map((h) => h.label)).toContain('F');
    const numbered = headings.filter((h) => h.level === 3).map(text);
    expect(numbered).toContain('Activités menées conformément aux grandes orientations');
    expect(numbered).toContain('Application des thèmes');
  });

  it('keeps every footnote, with the URLs of its text as links', () => {
    expect(d['002'].footnotes.map((n) => n.marker)).toEqual(range(1, 82, ''));
    expect(d['002'].footnotes.filter((n) => n.missing).map((n) => n.marker)).toEqual(['82']);
    const withUrl = d['002'].footnotes.filter((n) => /https?:\/\//.test(text(n)));
    expect(withUrl.length).toBeGreaterThan(50);
    for (const n of withUrl)
      expect(
        n.inlines.some((i) => i.t === 'url'),
        n.id,
      ).toBe(true);
    // A URL cut at a line end is whole again.
    expect(
      d['002'].footnotes[0].inlines.some(
        (i) =>
          i.t === 'url' &&
          i.href ===
            'https://unctad.org/publication/2024-report-secretary-general-progress-made-implementation-and-follow-outcomes-world',
      ),
    ).toBe(true);
  });

  it('takes metadata from content/, and shows the symbol as unknown rather than inventing one', () => {
    expect(d['002'].metadata.symbol).toBeNull();
    expect(d['002'].metadata.type).toBe('report');
    expect(d['002'].metadata.sources.title).toBe('content/documents');
    expect(d['002'].slug).toBe('rapport-sg-smsi-2024');
  });
});

describe('003 — policy brief, two-column PDF text', () => {
  it('has headings, unnumbered paragraphs, footnotes and figures', () => {
    expect(ids(d['003'], 'heading').length).toBeGreaterThan(20);
    expect(ids(d['003'], 'paragraph')[0]).toBe('para-1');
    expect(d['003'].footnotes.map((n) => n.marker)).toEqual(range(1, 19, ''));
    expect(
      d['003'].footnotes.every((n) =>
        d['003'].blocks.some((b) => b.inlines.some((i) => i.t === 'noteref' && i.marker === n.marker)),
      ),
    ).toBe(true);
    expect(ids(d['003'], 'figure')).toEqual([
      'fig-figure-i',
      'fig-figure-ii',
      'fig-figure-iii',
      'fig-figure-iv',
      'fig-figure-v',
    ]);
  });

  it('keeps a figure’s caption and source together, and its scattered chart numbers out of paragraphs', () => {
    const fig = text(block(d['003'], 'fig-figure-i'));
    expect(fig).toContain('DISPARITÉS RELATIVES AU COÛT DES SERVICES NUMÉRIQUES');
    expect(fig).toContain('Source');
    expect(fig).toContain('6,5 %');
    for (const b of d['003'].blocks.filter((x) => x.kind !== 'figure')) expect(text(b)).not.toMatch(/^\d+,\d %/);
  });

  it('undoes line-end hyphenation and keeps real compounds', () => {
    const all = d['003'].blocks.map(text).join('\n');
    expect(all).toContain('un avenir meilleur et également de renforcer');
    expect(all).toContain('(résolution 76/307 de l’Assemblée générale)');
    expect(all).toContain('Asie-Pacifique');
    expect(all).not.toMatch(/éga-lement|réso-lution|formu-lées/);
  });
});

describe('004 — ESCAP/RES/80/1, converter Markdown', () => {
  it('derives ESCAP/RES/80/1 from the body and the number the text gives', () => {
    expect(d['004'].metadata.symbol).toBe('ESCAP/RES/80/1');
    expect(d['004'].metadata.body).toBe('ESCAP');
    expect(d['004'].metadata.date).toBe('2024-04-26');
    expect(d['004'].metadata.title).toBe(
      "Tirer parti de l'innovation numérique pour promouvoir le développement durable en Asie et dans le Pacifique",
    );
  });

  it('has pp1–pp9, p1–p9 and the sub-paragraphs of 1 and 9', () => {
    expect(ids(d['004'], 'preambular')).toEqual(range(1, 9, 'pp'));
    expect(ids(d['004'], 'operative')).toEqual(range(1, 9));
    expect(ids(d['004'], 'subparagraph')).toEqual(['p1-a', 'p1-b', 'p1-c', 'p9-a', 'p9-b', 'p9-c', 'p9-d', 'p9-e']);
  });

  it('re-joins sub-paragraph 9 c) across its page break', () => {
    const c = text(block(d['004'], 'p9-c'));
    expect(c).toMatch(/^De fournir un appui technique/);
    expect(c).toContain('tirer parti des possibilités offertes par les nouvelles solutions numériques');
    expect(c).toMatch(/dans le cadre du mandat de la Commission ;$/);
  });

  it('separates bold runs glued together in the header', () => {
    expect(d['004'].metadata.session).toBe('Quatre-vingtième');
    expect(d['004'].blocks[0].kind).toBe('formula');
    expect(text(d['004'].blocks[0])).toBe("La Commission économique et sociale pour l'Asie et le Pacifique,");
  });
});
