import type { Block } from '../model/document.ts';
import type { Annotation } from '../site/annotations.ts';
import { isParagraph } from '../site/citations.ts';
import type { Mark } from '../site/inline-html.ts';
import { afterBlockHtml } from './after-block.ts';
import type { TextContext } from './context.ts';
import { attributes, escapeHtml } from './html.ts';
import { inlinesHtml } from './inlines.ts';
import { paragraphHtml } from './paragraph.ts';

/** Editors' annotations of a document, each after the last paragraph it targets, and their highlighted quotes. */
export interface PlacedAnnotations {
  after: Map<string, Annotation[]>;
  marks: Map<string, Mark>;
  /** Each annotation's MDX rendered to HTML, by its file (site/annotation-bodies.ts). */
  bodies: Map<string, string>;
}

/**
 * A run of blocks of the document page's text (the body, or one annex): headings,
 * figures, paragraphs, each followed by its correction and annotations.
 */
export function blocksHtml(blocks: Block[], ctx: TextContext, annotations?: PlacedAnnotations): string {
  const after = (b: Block) =>
    afterBlockHtml(b, annotations?.after.get(b.id) ?? [], annotations?.bodies ?? new Map(), ctx);
  // Heading ranks follow the document's levels (h2 under the page's h1, beside the text's
  // own h2), never skipping one: a level deeper than the previous heading plus one is
  // brought up to it. Only headings move the rank; the paragraphs between them do not.
  let previous = 2;
  return blocks
    .map((b) => {
      if (b.kind === 'heading') {
        const rank = Math.min(6, (b.level ?? 2) + 1, previous + 1);
        previous = rank;
        const label = b.label ? `<span>${escapeHtml(b.label)}. </span>` : '';
        return `<h${rank}${attributes({ id: b.id })}>${label}${inlinesHtml(b.inlines, ctx)}</h${rank}>`;
      }
      if (b.kind === 'figure')
        return `<figure${attributes({ id: b.id })} class="figure">${inlinesHtml(b.inlines, ctx)}</figure>`;
      // The number is the paragraph's one link, to its own page; one hidden element of the
      // page (DocumentText) says so, rather than the same words 145 times.
      if (isParagraph(b))
        return (
          paragraphHtml(b, ctx, { href: `${b.id}/`, describedBy: 'own-page' }, annotations?.marks.get(b.id)) + after(b)
        );
      const kind = b.kind !== 'unplaced' ? b.kind : undefined;
      return `<p${attributes({ id: b.id, class: kind })}>${inlinesHtml(b.inlines, ctx)}</p>${after(b)}`;
    })
    .join('');
}
