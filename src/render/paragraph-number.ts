import { t } from '../i18n/index.ts';
import type { Block, Language } from '../model/document.ts';
import { numberLink } from '../site/citations.ts';
import { attributes, escapeHtml } from './html.ts';

/**
 * A paragraph's number as printed ("12.", "a)"), or ¶ for a preambular paragraph, which
 * has none: the one link a paragraph carries. On the document page it opens the
 * paragraph's own page (`p12/`); on that page it leads back to the paragraph in the full
 * text (`../#p12`). Both pages render it from here, so they cannot name a paragraph
 * differently. (Styled by its description, site.css: no class repeated 135 times.)
 * `describedBy` is the id of the page's one hidden element that says where the link goes.
 */
export function paragraphNumberHtml(block: Block, language: Language, href: string, describedBy: string): string {
  const { text, label } = numberLink(block, t(language));
  return `<a${attributes({ href, 'aria-label': label, 'aria-describedby': describedBy })}>${escapeHtml(text)}</a>`;
}
