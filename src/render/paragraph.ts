import type { Block } from '../model/document.ts';
import type { Mark } from '../site/inline-html.ts';
import type { TextContext } from './context.ts';
import { attributes } from './html.ts';
import { inlinesHtml } from './inlines.ts';
import { paragraphNumberHtml } from './paragraph-number.ts';

/**
 * A paragraph (preambular, operative, sub-paragraph or unnumbered) as both the document
 * page and the paragraph's own page print it: its number link, a space, its words. Only
 * where the number leads differs: `href` (`p12/` there, `../#p12` here) and `describedBy`,
 * the id of the page's hidden element that says so. No whitespace but that one space: any
 * other would reach the paragraph as a space.
 */
export function paragraphHtml(
  b: Block,
  ctx: TextContext,
  number: { href: string; describedBy: string },
  mark?: Mark,
): string {
  const opening = attributes({ id: b.id, class: b.kind === 'subparagraph' ? 'sub' : undefined });
  const link = paragraphNumberHtml(b, ctx.doc.language, number.href, number.describedBy);
  return `<p${opening}>${link} ${inlinesHtml(b.inlines, ctx, { mark })}</p>`;
}
