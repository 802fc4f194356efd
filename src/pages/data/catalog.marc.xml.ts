import type { APIRoute } from 'astro';
import { newestDate, toMarcCollection } from '../../exports/marc.ts';
import { byDate, corpus } from '../../site/corpus.ts';
import { siteUrl } from '../../site/paths.ts';

/** Every document's MARC 21 record in one MARCXML collection, for a library to import in one step. */
export const GET: APIRoute = async () => {
  const { documents } = await corpus();
  const records = toMarcCollection([...documents].sort(byDate), { site: siteUrl(), entered: newestDate(documents) });
  return new Response(records, { headers: { 'content-type': 'application/marcxml+xml' } });
};
