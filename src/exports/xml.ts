/** Text and attribute values for XML (Akoma Ntoso, sitemap, feed). */
export const xmlEscape = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/**
 * Text content of HTML or XML: only `&`, `<` and `>` mean anything there. Astro's own
 * escaper also writes every apostrophe as `&#39;`, five bytes for one in French text
 * (l'information, d'accès…), which is most of what a reader downloads.
 */
export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
