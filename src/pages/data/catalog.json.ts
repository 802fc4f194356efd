import type { APIRoute } from 'astro';
import { byDate, corpus } from '../../site/corpus.ts';

/** Every document with its metadata and the addresses of its page and files (relative to the site root). */
export const GET: APIRoute = async () => {
  const { documents } = await corpus();
  const catalog = [...documents].sort(byDate).map((d) => {
    const page = `${d.language}/${d.slug}/`;
    return {
      slug: d.slug,
      language: d.language,
      source: d.file,
      digest: d.digest,
      ...d.metadata,
      paragraphs: d.blocks.filter((b) => b.kind === 'operative').length,
      notes: d.footnotes.length,
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
