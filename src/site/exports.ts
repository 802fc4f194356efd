import type { APIRoute, GetStaticPaths } from 'astro';
import type { Document } from '../model/document.ts';
import { corpus } from './corpus.ts';

/** One file per document beside its page (/{lang}/{slug}/data.json …), from `render`. */
export function documentFile(
  type: string,
  render: (doc: Document) => string | Promise<string>,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      (await corpus()).documents.map((doc) => ({ params: { lang: doc.language, slug: doc.slug }, props: { doc } })),
    GET: async ({ props }) =>
      new Response(await render((props as { doc: Document }).doc), { headers: { 'content-type': type } }),
  };
}
