/**
 * A document's search records: lean HTML pages that only Pagefind reads (they are staged
 * outside dist/ and never published). The reading page cannot carry what search needs
 * (its weight is at its budget), so the index is built from these records.
 *
 * A result loads its record's whole fragment (the record's text, gzip), so a long document
 * is cut into sections of at most SECTION_CHARS characters of text, at a heading where one
 * falls in the second half of a section, else between paragraphs. The first section is
 * staged at the reading page's relative path (`{lang}/{slug}/index.html`), the others at
 * `{lang}/{slug}/s2/index.html`…: every record of a document lies under its folder, which an
 * incremental build rewrites or removes as a whole. The search page maps `/{lang}/{slug}/s2/`
 * (and `…/s2/#p30`) back to the reading page (`/{lang}/{slug}/`, `…/#p30`) and groups the
 * sections of a document into one result.
 *
 * Each paragraph and heading starts with an empty `<a id="p12" data-pagefind-title="…">`:
 * Pagefind makes a sub-result of every anchor that has a title (checked on Pagefind 1.6:
 * `calculate_sub_results` keeps anchors with a title, or headings with text), named by that
 * title and linked to `#p12`. The id is on the empty link only, never on the paragraph,
 * so the fragment does not store each paragraph's text a second time as an anchor text.
 *
 * A note called by several paragraphs is indexed once, beside the first paragraph that
 * calls it: the other callers are found by their own words, and the fragment stays small.
 * An annotation stays beside each paragraph it annotates (tests/site/annotations.test.ts:
 * a hit on it lands on any of them); annotations are short and few.
 */
import { dir, t } from '../i18n/index.ts';
import { xmlEscape } from '../exports/xml.ts';
import type { Block, Document, Inline } from '../model/document.ts';
import { isParagraph, paragraphName } from '../site/citations.ts';
import { searchFilters } from '../site/search-filters.ts';

/** What search reads beside the text: editors' annotations, as plain text, by the paragraph they annotate. */
export interface RecordExtras {
  annotations?: Map<string, string[]>;
  /**
   * The id of the shard the document is indexed in. Every section carries a `doc` filter,
   * `{lang}/{shard}/{slug}`: the search page counts documents (not sections) from its
   * counts, in all and per shard, without loading a fragment.
   */
  shard?: string;
}

/**
 * The most text (characters) a section holds, chosen by measuring first-query bytes
 * (`npm run bench:search`): a fragment of about 2 kB gzip per section loaded, where whole
 * documents cost 18–33 kB each. A single paragraph longer than this is a section alone.
 */
export const SECTION_CHARS = 4000;

/** One record file: `dir` is '' for the first section, `s2`, `s3`… for the next ones. */
export interface SearchRecordFile {
  dir: string;
  html: string;
}

const text = (inlines: Inline[]): string =>
  inlines
    .map((i) => (i.t === 'noteref' ? ' ' : i.v))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
// Text and attribute values from the sources are escaped (&, <, >, " and what XML forbids).
const esc = xmlEscape;

/** The record pages of one document, first section first. */
export function searchRecords(doc: Document, extras: RecordExtras = {}): SearchRecordFile[] {
  const tr = t(doc.language);
  const m = doc.metadata;
  const f = searchFilters(doc);
  const name = m.symbol ?? m.title ?? doc.slug;
  const title = m.title ?? name;
  const notes = new Map(doc.footnotes.map((n) => [n.id, n]));
  // Filters, sort key and metadata on every section (the search page filters, sorts and
  // names results by them), as attributes: never indexed text.
  const fields = [
    `type:${f.type}`,
    `body:${f.body}`,
    `language:${f.language}`,
    ...(f.year ? [`year:${f.year}`] : []),
    `doc:${doc.language}/${extras.shard ?? '-'}/${doc.slug}`,
  ].map((v) => `<span data-pagefind-filter="${esc(v)}"></span>`);
  if (m.date) fields.push(`<span data-pagefind-sort="${esc(`date:${m.date}`)}"></span>`);
  fields.push(`<span data-pagefind-meta="${esc(`title:${title}`)}"></span>`);
  if (m.symbol) fields.push(`<span data-pagefind-meta="${esc(`symbol:${m.symbol}`)}"></span>`);
  if (m.date) fields.push(`<span data-pagefind-meta="${esc(`date:${m.date}`)}"></span>`);

  const anchor = (id: string, name: string) => (id ? `<a id="${esc(id)}" data-pagefind-title="${esc(name)}"></a>` : '');
  const notesSeen = new Set<string>();
  // Each block as its HTML and its length in characters of text.
  const units = doc.blocks.flatMap((b: Block): { html: string; chars: number; heading: boolean }[] => {
    if (b.kind === 'heading') {
      const words = text(b.inlines);
      const heading = b.label ? `${b.label}. ${words}` : words;
      return [{ html: `<h2>${anchor(b.id, heading)}${esc(heading)}</h2>`, chars: heading.length, heading: true }];
    }
    if (!isParagraph(b)) return [];
    // What a hit in them should land on: the paragraph, with the notes it is the first to
    // call and the editors' annotations of it.
    const called = b.inlines.flatMap((i) => {
      const note = i.t === 'noteref' ? notes.get(i.id) : undefined;
      if (!note || note.missing || notesSeen.has(note.id)) return [];
      notesSeen.add(note.id);
      return [text(note.inlines)];
    });
    const words = [text(b.inlines), ...called, ...(extras.annotations?.get(b.id) ?? [])].join(' ');
    return [{ html: `<p>${anchor(b.id, paragraphName(b, tr))}${esc(words)}</p>`, chars: words.length, heading: false }];
  });

  // Sections: cut before a heading once half the budget is used, or before a block that
  // would take the section over its budget.
  const sections: string[][] = [[]];
  let used = 0;
  for (const u of units) {
    const current = sections[sections.length - 1];
    if (current.length > 0 && (used + u.chars > SECTION_CHARS || (u.heading && used >= SECTION_CHARS / 2))) {
      sections.push([]);
      used = 0;
    }
    sections[sections.length - 1].push(u.html);
    used += u.chars;
  }

  const head = `<!doctype html><html lang="${esc(doc.language)}" dir="${dir(doc.language)}"><head><meta charset="utf-8">`;
  return sections.map((body, k) => ({
    dir: k === 0 ? '' : `s${k + 1}`,
    // The title (an <h1>, weighted by Pagefind) only in the first section: a query of the
    // title's words finds the document once, not once per section.
    html:
      `${head}<title>${esc(name)}</title></head><body><main data-pagefind-body>${fields.join('')}` +
      (k === 0 ? `<h1>${esc(title)}</h1>` : '') +
      `\n${body.join('\n')}\n</main></body></html>\n`,
  }));
}
