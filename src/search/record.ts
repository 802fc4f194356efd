/**
 * A document's search record: a lean HTML page that only Pagefind reads (it is staged
 * outside dist/ and never published). The reading page cannot carry what search needs
 * (its weight is at its budget), so the index is built from these records, staged at the
 * same relative path as the reading page (`{lang}/{slug}/index.html`): Pagefind's URL for
 * a record is the reading page's URL, and a paragraph's sub-result is `/{lang}/{slug}/#p12`.
 *
 * Each paragraph and heading starts with an empty `<a id="p12" data-pagefind-title="…">`:
 * Pagefind makes a sub-result of every anchor that has a title (checked on Pagefind 1.6:
 * `calculate_sub_results` keeps anchors with a title, or headings with text), named by that
 * title and linked to `#p12`. The id is on the empty link only, never on the paragraph,
 * so the fragment does not store each paragraph's text a second time as an anchor text.
 */
import { dir, t } from '../i18n/index.ts';
import { xmlEscape } from '../exports/xml.ts';
import type { Block, Document, Inline } from '../model/document.ts';
import { isParagraph, paragraphName } from '../site/citations.ts';
import { searchFilters } from '../site/search-filters.ts';

/** What search reads beside the text: editors' annotations, as plain text, by the paragraph they annotate. */
export interface RecordExtras {
  annotations?: Map<string, string[]>;
}

const text = (inlines: Inline[]): string =>
  inlines
    .map((i) => (i.t === 'noteref' ? ' ' : i.v))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
// Text and attribute values from the sources are escaped (&, <, >, " and what XML forbids).
const esc = xmlEscape;

/** The record page of one document. */
export function searchRecord(doc: Document, extras: RecordExtras = {}): string {
  const tr = t(doc.language);
  const m = doc.metadata;
  const f = searchFilters(doc);
  const name = m.symbol ?? m.title ?? doc.slug;
  const title = m.title ?? name;
  const notes = new Map(doc.footnotes.map((n) => [n.id, n]));
  // Filters, sort key and metadata exactly as src/components/SearchFields.astro gave the
  // paragraph pages, so the search page's filters and sort keep working unchanged.
  const fields = [
    `type:${f.type}`,
    `body:${f.body}`,
    `language:${f.language}`,
    ...(f.year ? [`year:${f.year}`] : []),
  ].map((v) => `<span data-pagefind-filter="${esc(v)}"></span>`);
  if (m.date) fields.push(`<span data-pagefind-sort="${esc(`date:${m.date}`)}"></span>`);
  fields.push(`<span data-pagefind-meta="${esc(`title:${title}`)}"></span>`);
  if (m.symbol) fields.push(`<span data-pagefind-meta="${esc(`symbol:${m.symbol}`)}"></span>`);
  if (m.date) fields.push(`<span data-pagefind-meta="${esc(`date:${m.date}`)}"></span>`);

  const anchor = (id: string, name: string) => (id ? `<a id="${esc(id)}" data-pagefind-title="${esc(name)}"></a>` : '');
  const body = doc.blocks.flatMap((b: Block) => {
    if (b.kind === 'heading') {
      const words = text(b.inlines);
      const heading = b.label ? `${b.label}. ${words}` : words;
      return [`<h2>${anchor(b.id, heading)}${esc(heading)}</h2>`];
    }
    if (!isParagraph(b)) return [];
    // What a hit in them should land on: the paragraph, with the notes it calls and the
    // editors' annotations of it (as its own page had them).
    const called = b.inlines.flatMap((i) =>
      i.t === 'noteref' && notes.get(i.id) && !notes.get(i.id)!.missing ? [notes.get(i.id)!] : [],
    );
    const words = [text(b.inlines), ...called.map((n) => text(n.inlines)), ...(extras.annotations?.get(b.id) ?? [])];
    return [`<p>${anchor(b.id, paragraphName(b, tr))}${words.map(esc).join(' ')}</p>`];
  });
  return (
    `<!doctype html><html lang="${esc(doc.language)}" dir="${dir(doc.language)}"><head><meta charset="utf-8">` +
    `<title>${esc(name)}</title></head><body><main data-pagefind-body>${fields.join('')}` +
    `<h1>${esc(title)}</h1>\n${body.join('\n')}\n</main></body></html>\n`
  );
}
