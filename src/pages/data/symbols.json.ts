import type { APIRoute } from 'astro';
import { symbolIndexOf } from '../../resolve/find.ts';
import { corpus } from '../../site/corpus.ts';

/**
 * Symbol → the documents here that carry it (`lang/slug`), for the resolver page
 * (/{lang}/resolve/), which fetches it: one short line per document, nothing else.
 */
export const GET: APIRoute = async () => {
  const { documents } = await corpus();
  return new Response(JSON.stringify(symbolIndexOf(documents)), { headers: { 'content-type': 'application/json' } });
};
