/**
 * Characters XML 1.0 cannot carry, even as a character reference: C0 controls other than
 * tab, line feed and carriage return (a PDF's form feed, \f, is one), U+FFFE, U+FFFF and
 * unpaired surrogates.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text and attribute values for XML (Akoma Ntoso, sitemap, feed). A character XML cannot
 * carry becomes U+FFFD, the character Unicode reserves for one that could not be
 * represented: the file stays well-formed and says that something was there.
 */
export const xmlEscape = (s: string): string => escapeText(s).replace(/"/g, '&quot;').replace(NOT_XML, '\uFFFD');

/**
 * Text content of HTML or XML: only `&`, `<` and `>` mean anything there. Astro's own
 * escaper also writes every apostrophe as `&#39;`, five bytes for one in French text
 * (l'information, d'accès…), which is most of what a reader downloads.
 */
export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
