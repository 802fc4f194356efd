import { t } from '../i18n/index.ts';
import type { Language } from '../model/document.ts';
import { escapeHtml } from './html.ts';

/**
 * One change from the draft to the adopted text (`ins`: words the adopted text added,
 * `del`: words it took out), marked in words as well as in colour: a screen reader hears
 * where it starts and where it ends.
 */
export function changeHtml(language: Language, kind: 'ins' | 'del', words: string): string {
  const tr = t(language);
  const start = tr(kind === 'ins' ? 'compare.inserted' : 'compare.deleted');
  return `<${kind}><span class="vh">[${escapeHtml(start)} </span>${escapeHtml(words)}<span class="vh"> — ${escapeHtml(tr('compare.end'))}]</span></${kind}>`;
}
