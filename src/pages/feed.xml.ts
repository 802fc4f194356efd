import type { APIRoute } from 'astro';
import { byDate, corpus } from '../site/corpus.ts';
import { siteUrl } from '../site/paths.ts';
import { xmlEscape as esc } from '../exports/xml.ts';

/** An Atom feed of the documents by date. Its dates are the documents' own, never the clock's. */
export const GET: APIRoute = async () => {
  const base = siteUrl();
  const docs = [...(await corpus()).documents].sort(byDate);
  const updated = docs.find((d) => d.metadata.date)?.metadata.date ?? '1970-01-01';
  const entries = docs.map((d) => {
    const url = `${base}${d.language}/${d.slug}/`;
    return `  <entry>
    <id>${esc(url)}</id>
    <title>${esc(d.metadata.symbol ? `${d.metadata.symbol} — ${d.metadata.title ?? ''}` : (d.metadata.title ?? d.slug))}</title>
    <link href="${esc(url)}"/>
    <updated>${d.metadata.date ?? updated}T00:00:00Z</updated>
    <summary xml:lang="${d.language}">${esc(d.metadata.title ?? '')}</summary>
  </entry>`;
  });
  return new Response(
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(base)}</id>
  <title>Résolu</title>
  <link href="${esc(base)}"/>
  <link rel="self" href="${esc(base)}feed.xml"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Résolu</name></author>
${entries.join('\n')}
</feed>
`,
    { headers: { 'content-type': 'application/atom+xml' } },
  );
};
