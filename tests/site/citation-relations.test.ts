import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { citingBlock } from '../../src/ingest/references.ts';
import { CITATION_RELATIONS, type CitationRelation, type Document } from '../../src/model/document.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { seeds } from '../helpers/corpus.ts';
import { attr, page, select, selectAll, toText } from '../helpers/site.ts';

/** Typed citations on the site (issue #17): the citation index, the cite/ page and the catalogue. */

let docs: Document[];
beforeAll(async () => {
  docs = Object.values(await seeds());
});

/** From the model: each paragraph citing `symbol` once, with its relation, as the citation index counts them. */
function citing(symbol: string): { doc: Document; id: string; relation: CitationRelation }[] {
  const out: { doc: Document; id: string; relation: CitationRelation }[] = [];
  for (const doc of docs)
    for (const r of doc.references.filter((x) => x.symbol === symbol)) {
      const block = citingBlock(doc.blocks, r.in);
      if (block && !out.some((c) => c.doc === doc && c.id === block.id))
        out.push({ doc, id: block.id, relation: r.relation });
    }
  return out;
}

describe('the citation index page of A/RES/70/1 groups its citing paragraphs by relation', () => {
  const p = () => page('/fr/ref/a-res-70-1/');
  const expected = () => {
    const all = citing('A/RES/70/1');
    return CITATION_RELATIONS.map((relation) => {
      const these = all.filter((c) => c.relation === relation);
      return { relation, paragraphs: these.length, documents: new Set(these.map((c) => c.doc)).size, these };
    }).filter((g) => g.paragraphs > 0);
  };

  it('cites A/RES/70/1 in at least three relations, other included', () => {
    const groups = expected().map((g) => g.relation);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups).toEqual(expect.arrayContaining(['recalls', 'reaffirms', 'other']));
  });

  it('counts paragraphs and documents per relation in a table, as the model does', () => {
    const rows = selectAll('table.relations tbody tr', p()).map((tr) => ({
      relation: attr(tr, 'dataRelation'),
      name: toText(select('th', tr)!),
      paragraphs: Number(toText(selectAll('td', tr)[0])),
      documents: Number(toText(selectAll('td', tr)[1])),
    }));
    expect(rows).toEqual(
      expected().map(({ relation, paragraphs, documents }) => ({
        relation,
        name: LOCALES.fr[`relation.${relation}`],
        paragraphs,
        documents,
      })),
    );
    expect(toText(select('table.relations caption', p())!)).toContain('A/RES/70/1');
    expect(selectAll('table.relations thead th[scope="col"]', p())).toHaveLength(3);
  });

  it('lists each group under its heading, each paragraph in the group of its relation', () => {
    const headings = selectAll('main > h2', p()).map((h) => [attr(h, 'id'), toText(h)]);
    expect(headings).toEqual(expected().map((g) => [g.relation, LOCALES.fr[`relation.${g.relation}`]]));
    for (const g of expected()) {
      const links = selectAll(`main > ul[data-relation="${g.relation}"] > li > a`, p()).map((a) => attr(a, 'href')!);
      expect(links.length, g.relation).toBe(g.paragraphs);
      for (const c of g.these)
        expect(links, `${c.doc.slug} ${c.id} ${g.relation}`).toContain(
          `../../../${c.doc.language}/${c.doc.slug}/#${c.id}`,
        );
    }
    // The table's rows lead to the groups.
    expect(selectAll('table.relations tbody a', p()).map((a) => attr(a, 'href'))).toEqual(
      expected().map((g) => `#${g.relation}`),
    );
  });

  it('names the relations in every interface language', () => {
    for (const lang of ['ar', 'en', 'es', 'ru', 'zh'])
      expect(selectAll('main > h2', page(`/${lang}/ref/a-res-70-1/`)).map((h) => toText(h))).toEqual(
        expected().map((g) => LOCALES[lang as Document['language']][`relation.${g.relation}`]),
      );
  });
});

describe('the documents cited on a document’s cite/ page show the relation', () => {
  it('groups each symbol’s citing paragraphs by relation, as the model does', () => {
    const doc = docs.find((d) => d.slug === 'a-res-80-173')!;
    const items = selectAll('#refs-title ~ ul > li', page('/fr/a-res-80-173/cite/'));
    const of70 = items.find((li) => toText(select('a', li)!) === 'A/RES/70/1')!;
    const shown = Object.fromEntries(
      selectAll('span[data-relation]', of70).map((s) => [
        attr(s, 'dataRelation'),
        selectAll('a', s).map((a) => attr(a, 'href')!.replace(/^\.\.\/#/, '')),
      ]),
    );
    const model: Record<string, string[]> = {};
    for (const c of citing('A/RES/70/1').filter((x) => x.doc === doc)) (model[c.relation] ??= []).push(c.id);
    expect(shown).toEqual(model);
    expect(Object.keys(shown).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the catalogue', () => {
  it('lists per document the symbols it cites with their relations', () => {
    const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8')) as {
      documents: { slug: string; language: string; cites: { symbol: string; relations: string[] }[] }[];
    };
    for (const d of docs) {
      const entry = catalog.documents.find((x) => x.slug === d.slug && x.language === d.language)!;
      const symbols = [...new Set(d.references.map((r) => r.symbol))];
      expect(
        entry.cites.map((c) => c.symbol),
        d.slug,
      ).toEqual(symbols);
      for (const c of entry.cites)
        expect(c.relations, `${d.slug} ${c.symbol}`).toEqual(
          CITATION_RELATIONS.filter((r) => d.references.some((x) => x.symbol === c.symbol && x.relation === r)),
        );
    }
  });
});
