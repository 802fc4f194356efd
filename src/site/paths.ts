import { undocsUrl } from '../ingest/symbols.ts';
import { type Document, LANGUAGES, type Language } from '../model/document.ts';

/**
 * Relative links only: the same dist/ works at a domain root, under any sub-path and
 * from a copied folder. `root` is the way up from a page to the site root ("../../").
 */
export const rootFor = (depth: number): string => (depth === 0 ? './' : '../'.repeat(depth));
export const home = (root: string, lang: string): string => `${root}${lang}/`;
/** The paths of a page built once per interface language (`/{lang}/`, `/{lang}/search/`…). */
export const perInterfaceLanguage = () => LANGUAGES.map((lang) => ({ params: { lang } }));
export const documentHref = (root: string, lang: string, slug: string): string => `${root}${lang}/${slug}/`;

/** Where a cited symbol leads: its page here when the corpus has it, else undocs.org in `lang`. */
export function symbolHref(
  symbol: string,
  symbols: Map<string, Document>,
  root: string,
  lang: Language,
): { href: string; external: boolean } {
  const here = symbols.get(symbol);
  return here
    ? { href: documentHref(root, here.language, here.slug), external: false }
    : { href: undocsUrl(symbol, lang), external: true };
}

/**
 * The public address of the site, for the few places that need absolute URLs (sitemap,
 * feed, JSON-LD). A mirror sets RESOLU_SITE_URL when it builds; no page depends on it but
 * the 404 page (servedRoot).
 */
export const siteUrl = (): string =>
  (process.env.RESOLU_SITE_URL ?? 'https://resolu.example.org/').replace(/\/?$/, '/');

/**
 * The path the site is served under ("/miroir/"), when the build was told (RESOLU_SITE_URL):
 * for the 404 page, served at any depth, where no relative link holds. Only the path, so
 * that the page works on any host name serving it. Undefined when nobody said.
 */
export const servedRoot = (): string | undefined =>
  process.env.RESOLU_SITE_URL ? new URL(siteUrl()).pathname : undefined;
