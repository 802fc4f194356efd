import type { APIRoute } from 'astro';
import { z } from 'zod';
import { Document } from '../../model/document.ts';

/** The JSON Schema of data.json, generated from the zod schema the model is checked with. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(Document), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
