import { t } from '../i18n/index.ts';
import type { Footnote } from '../model/document.ts';
import { type TextContext, uncounted } from './context.ts';
import { attributes, escapeHtml } from './html.ts';
import { inlinesHtml } from './inlines.ts';

/**
 * One note: its marker when it is not a number (a numeric marker is the item's number,
 * `value`), its words (calls inside notes get no back-link), then `backLinks` links back
 * to the calls of it (↑, ↑1 ↑2 when it is called more than once).
 */
export function noteHtml(n: Footnote, ctx: TextContext, value: number | undefined, backLinks = 0): string {
  const tr = t(ctx.doc.language);
  const numeric = /^\d+$/.test(n.marker);
  const words = n.missing
    ? `<span class="missing">${escapeHtml(tr('doc.noteMissing'))}</span>`
    : inlinesHtml(n.inlines, { ...ctx, calls: uncounted() });
  const back = n.id.replace(/^fn/, 'fnref');
  const backs = Array.from(
    { length: backLinks },
    (_, k) =>
      ` <a${attributes({ href: `#${k === 0 ? back : `${back}-${k + 1}`}`, role: 'doc-backlink', 'aria-labelledby': 'note-back' })}>↑${backLinks > 1 ? k + 1 : ''}</a>`,
  );
  return `<li${attributes({ id: n.id, value })}>${numeric ? '' : `<span>${escapeHtml(n.marker)} </span>`}${words}${backs.join('')}</li>`;
}

/** The notes of the document page: every note, each with links back to its calls. */
export function footnotesHtml(ctx: TextContext): string {
  const { doc, calls } = ctx;
  if (doc.footnotes.length === 0) return '';
  const tr = t(doc.language);
  const items = doc.footnotes.map((n, k) => {
    // A numeric marker is the item's number, given only when out of sequence.
    const value = /^\d+$/.test(n.marker) && Number(n.marker) !== k + 1 ? Number(n.marker) : undefined;
    return noteHtml(n, ctx, value, calls.count.get(n.id) ?? 0);
  });
  // The one name of every back-link (↑): each sits in its note, which says which.
  return (
    `<section class="notes" aria-labelledby="notes-title"> <h2 id="notes-title">${escapeHtml(tr('doc.notes'))}</h2>` +
    ` <ol> ${items.join('')} </ol>  <span id="note-back" hidden>${escapeHtml(tr('doc.noteBack'))}</span> </section>`
  );
}

/**
 * The notes a paragraph's own page shows: those its paragraphs call, each numbered as
 * printed (the first here may be note 3), with no back-links (the full text has them).
 */
export function paragraphNotesHtml(notes: Footnote[], ctx: TextContext): string {
  if (notes.length === 0) return '';
  const items = notes.map((n) => noteHtml(n, ctx, /^\d+$/.test(n.marker) ? Number(n.marker) : undefined));
  return (
    `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">${escapeHtml(t(ctx.doc.language)('doc.notes'))}</h2>` +
    `<ol>${items.join('')}</ol></section>`
  );
}
