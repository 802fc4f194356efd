/**
 * The citation page of a symbol (/{lang}/ref/{symbol}/): every paragraph of the corpus
 * that cites it, grouped by what the paragraph does with it, with a table of counts. One
 * per cited symbol and interface language: at 2,000 documents twelve thousand pages, most
 * of a build when Astro rendered them one by one, so the writer prints them (src/writer/),
 * into the same layout as Astro's pages (the shell, src/writer/shell.ts).
 */
import { t } from '../i18n/index.ts';
import { undocsUrl } from '../ingest/symbols.ts';
import type { Document, Language } from '../model/document.ts';
import { type Citation, byRelation, paragraphShort } from '../site/citations.ts';
import { documentHref } from '../site/paths.ts';
import { breadcrumbsHtml } from './breadcrumbs.ts';
import { attributes, escapeHtml } from './html.ts';

export function citationPage(
  symbol: string,
  citations: Citation[],
  lang: Language,
  root: string,
  here: Document | undefined,
): { title: string; main: string } {
  const tr = t(lang);
  const groups = byRelation(citations);
  const source = here
    ? `<a${attributes({ href: documentHref(root, here.language, here.slug), lang: here.language })}><bdi>${escapeHtml(here.metadata.title ?? symbol)}</bdi></a>`
    : `<a${attributes({ href: undocsUrl(symbol, lang), 'aria-describedby': 'external-link' })}>${escapeHtml(tr('ref.official', { symbol }))}</a>`;
  const rows = groups
    .map(
      (g) =>
        `<tr${attributes({ 'data-relation': g.relation })}><th scope="row"><a${attributes({ href: `#${g.relation}` })}>` +
        `${escapeHtml(tr(`relation.${g.relation}`))}</a></th><td>${g.citations.length}</td><td>${g.documents}</td></tr>`,
    )
    .join('');
  const lists = groups
    .map((g) => {
      const items = g.citations.map((c) => {
        const name = c.doc.metadata.symbol ?? c.doc.metadata.title ?? c.doc.slug;
        const href = `${documentHref(root, c.doc.language, c.doc.slug)}#${c.block.id}`;
        return (
          `<li><a${attributes({ href })}><bdi${attributes({ lang: c.doc.language })}>${escapeHtml(name)}</bdi>, ` +
          `${escapeHtml(paragraphShort(c.block, tr))}</a> <blockquote${attributes({ lang: c.doc.language, dir: 'auto' })}>` +
          `<p>${escapeHtml(c.excerpt)}</p></blockquote></li>`
        );
      });
      return (
        `<h2${attributes({ id: g.relation })}>${escapeHtml(tr(`relation.${g.relation}`))}</h2>` +
        `<ul${attributes({ 'data-relation': g.relation })}>${items.join('')}</ul>`
      );
    })
    .join('');
  const main =
    breadcrumbsHtml(lang, root, [{ href: '../', name: tr('ref.index') }], `<bdi>${escapeHtml(symbol)}</bdi>`) +
    ` <h1>${escapeHtml(tr('ref.title', { symbol: '' }))}<bdi dir="ltr">${escapeHtml(symbol)}</bdi></h1> ` +
    `<p>${escapeHtml(tr('ref.intro', { symbol }))}</p> <p>${source}</p> ` +
    `<table class="relations"><caption>${escapeHtml(tr('relation.caption', { symbol }))}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(tr('relation.what'))}</th><th scope="col">${escapeHtml(tr('relation.paragraphs'))}</th>` +
    `<th scope="col">${escapeHtml(tr('relation.documents'))}</th></tr></thead><tbody>${rows}</tbody></table> ${lists}`;
  return { title: tr('ref.title', { symbol }), main };
}
