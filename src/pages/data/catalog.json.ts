import type { APIRoute } from 'astro';
import { countsOf } from '../../site/citations.ts';
import { byDate, corpus, summarizedCounts } from '../../site/corpus.ts';
import { CITATION_RELATIONS, type Document } from '../../model/document.ts';

/** The symbols a document cites, in the order first cited, each with what its citing paragraphs do with it. */
const cites = (d: Document) => {
  const bySymbol = new Map<string, Set<string>>();
  for (const r of d.references) bySymbol.set(r.symbol, (bySymbol.get(r.symbol) ?? new Set()).add(r.relation));
  return [...bySymbol].map(([symbol, relations]) => ({
    symbol,
    relations: CITATION_RELATIONS.filter((r) => relations.has(r)),
  }));
};

/** Every document with its metadata, the symbols it cites (with their relations) and the addresses of its page and files (relative to the site root). */
export const GET: APIRoute = async () => {
  const { documents } = await corpus();
  const catalog = [...documents].sort(byDate).map((d) => {
    const page = `${d.language}/${d.slug}/`;
    const counts = summarizedCounts(d) ?? countsOf(d);
    return {
      slug: d.slug,
      language: d.language,
      source: d.file,
      digest: d.digest,
      ...d.metadata,
      paragraphs: counts.operative,
      notes: counts.notes,
      cites: cites(d),
      urls: {
        page,
        json: `${page}data.json`,
        text: `${page}data.txt`,
        akomaNtoso: `${page}data.xml`,
        bibtex: `${page}cite.bib`,
        ris: `${page}cite.ris`,
        csl: `${page}cite.csl.json`,
        marc: `${page}marc.xml`,
      },
    };
  });
  return new Response(`${JSON.stringify({ schema: 'document.schema.json', documents: catalog }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
