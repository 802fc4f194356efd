import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { t } from '../i18n/index.ts';
import { undocsUrl } from '../ingest/symbols.ts';
import type { Document } from '../model/document.ts';

/** The document as a CSL-JSON item: the common ground of BibTeX, RIS and citation managers. */
export function cslOf(doc: Document): Record<string, unknown> {
  const m = doc.metadata;
  const tr = t(doc.language);
  const author = m.body ? tr(`body.${m.body}`) : tr('doc.unknown');
  const date = m.date?.split('-').map(Number);
  return {
    id: doc.slug,
    type: m.type === 'report' || m.type === 'policy-brief' ? 'report' : 'legislation',
    title: m.title ?? m.symbol ?? doc.slug,
    ...(m.series && { 'collection-title': m.series }),
    ...(m.notes && { note: m.notes }),
    ...(m.symbol && { number: m.symbol, URL: undocsUrl(m.symbol, doc.language) }),
    author: [{ literal: author }],
    authority: author,
    publisher: 'Nations Unies / United Nations',
    ...(date && { issued: { 'date-parts': [date] } }),
    language: doc.language,
  };
}

/** BibTeX, RIS and CSL-JSON, by citation-js. */
export function citationFormats(doc: Document): { bibtex: string; ris: string; csl: string } {
  const cite = new Cite(cslOf(doc));
  return {
    bibtex: String(cite.format('bibtex')).trim(),
    ris: String(cite.format('ris')).trim(),
    csl: JSON.stringify(cite.format('data', { format: 'object' }), null, 2),
  };
}

/** A UN-style reference in the page's language: body, title (quoted as the language quotes), series, symbol, date. */
export function unReference(doc: Document): string {
  const m = doc.metadata;
  const tr = t(doc.language);
  const date = m.date
    ? new Intl.DateTimeFormat(doc.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(m.date))
    : tr('doc.unknown');
  return (
    [
      m.body ? tr(`body.${m.body}`) : null,
      m.title ? tr('punct.quote', { text: m.title }) : null,
      m.series,
      m.symbol ?? (m.series ? null : tr('doc.unknown')),
      date,
    ]
      .filter(Boolean)
      .join(', ') + '.'
  );
}
