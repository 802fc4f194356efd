import type { APIRoute } from 'astro';
import { LANGUAGES } from '../model/document.ts';
import { corpus, documentsBySymbol } from '../site/corpus.ts';
import { siteUrl } from '../site/paths.ts';
import { xmlEscape as esc } from '../exports/xml.ts';

/** Homes and document pages, with hreflang alternates between language versions. */
export const GET: APIRoute = async () => {
  const base = siteUrl();
  const { documents } = await corpus();
  const entry = (loc: string, alternates: [string, string][], lastmod?: string | null) =>
    `  <url><loc>${esc(base + loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates.map(([l, href]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${esc(base + href)}"/>`).join('')}</url>`;
  const homes = LANGUAGES.map((l) =>
    entry(
      `${l}/`,
      LANGUAGES.map((x) => [x, `${x}/`]),
    ),
  );
  // The language versions of each document by lookup: a scan of the corpus per document was
  // quadratic (minutes at 20,000 documents).
  const bySymbol = await documentsBySymbol();
  const docs = documents.map((d) => {
    const versions = d.metadata.symbol ? (bySymbol.get(d.metadata.symbol) ?? []) : [];
    return entry(
      `${d.language}/${d.slug}/`,
      versions.length > 1 ? versions.map((v) => [v.language, `${v.language}/${v.slug}/`]) : [],
      d.metadata.date,
    );
  });
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[...homes, ...docs].join('\n')}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml' } },
  );
};
