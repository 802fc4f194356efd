import { t } from '../i18n/index.ts';
import type { Block, Language } from '../model/document.ts';
import { attributes, escapeHtml } from './html.ts';

/**
 * What editors changed in a paragraph's words, after it. Shown, never hidden: the reader
 * sees that editors changed the words, and can read them as extracted.
 */
export function correctionHtml(block: Block, language: Language): string {
  const tr = t(language);
  const c = block.correction!;
  const changes = c.changes.map((x) => `<li>${escapeHtml(tr('correction.change', x))}</li>`).join('');
  return (
    ` <details class="correction"${attributes({ 'data-corrects': block.id })}> <summary>${escapeHtml(tr('correction.marked'))}</summary>` +
    ` <ul>${changes}</ul> <p><strong>${escapeHtml(tr('correction.source'))}</strong></p>` +
    ` <blockquote><p>${escapeHtml(c.original)}</p></blockquote> </details>`
  );
}
