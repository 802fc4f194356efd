import type { Inline } from '../model/document.ts';
import { documentHref } from '../site/paths.ts';
import { type Mark, textHtml } from '../site/inline-html.ts';
import type { TextContext } from './context.ts';
import { attributes, escapeHtml } from './html.ts';

export interface InlineOptions {
  /** Words an annotation quotes, highlighted. */
  mark?: Mark;
  /** Where the notes are when not on this page (the side-by-side page links each version's own). */
  notesAt?: string;
}

/**
 * One paragraph's (or note's, or heading's) run of inlines: its words escaped, its acronyms
 * expanded at their first use in it, cited documents and web addresses linked, note calls
 * numbered, and the words an annotation quotes highlighted.
 */
export function inlinesHtml(inlines: Inline[], ctx: TextContext, { mark, notesAt = '' }: InlineOptions = {}): string {
  // One paragraph (or note) per call: its acronyms are expanded at their first use in it.
  const seen = new Set<string>();
  let offset = 0;
  let html = '';
  for (const i of inlines) {
    const start = offset;
    offset += i.t === 'noteref' ? 0 : i.v.length;
    if (i.t === 'text') {
      html += textHtml(i.v, start, { acronyms: ctx.acronyms, seen, mark });
      continue;
    }
    if (i.t === 'noteref') {
      html += `<sup><a${attributes({ href: `${notesAt}#${i.id}`, id: ctx.calls.idOf.get(i), role: 'doc-noteref' })}>${escapeHtml(i.marker)}</a></sup>`;
      continue;
    }
    // A link stays on the site (a cited document we have) or leaves it (undocs, the web).
    const internal = i.t === 'ref' ? internalHref(i, ctx) : undefined;
    const link = internal
      ? `<a${attributes({ href: internal })}>${escapeHtml(i.v)}</a>`
      : `<a${attributes({ href: i.t === 'ref' ? i.url : i.href, 'aria-describedby': 'external-link' })}>${escapeHtml(i.v)}</a>`;
    const marked = !!mark && start < mark.end && offset > mark.start;
    html += marked ? `<mark${attributes({ 'aria-details': mark.details })}>${link}</mark>` : link;
  }
  return html;
}

/** A cited document we have is linked here (at the paragraph the text names), else not at all. */
function internalHref(i: Extract<Inline, { t: 'ref' }>, { symbols, root }: TextContext): string | undefined {
  const here = symbols.get(i.symbol);
  if (!here) return undefined;
  const fragment = i.paragraph && here.blocks.some((b) => b.id === i.paragraph) ? `#${i.paragraph}` : '';
  return `${documentHref(root, here.language, here.slug)}${fragment}`;
}
