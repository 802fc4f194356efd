import { t } from '../i18n/index.ts';
import type { Language } from '../model/document.ts';
import { home } from '../site/paths.ts';
import { attributes, escapeHtml } from './html.ts';

/**
 * The trail from the home page down to a page: each page above it a link (`trail`, from
 * the top, below the home page), this one (`current`, already HTML) marked as the current page.
 */
export function breadcrumbsHtml(
  lang: Language,
  root: string,
  trail: { href: string; name: string }[],
  current: string,
): string {
  const tr = t(lang);
  const above = trail.map(({ href, name }) => `<li><a${attributes({ href })}>${escapeHtml(name)}</a></li>`).join('');
  return (
    `<nav${attributes({ 'aria-label': tr('nav.breadcrumb') })}><ol class="crumbs"><li><a${attributes({ href: home(root, lang) })}>` +
    `${escapeHtml(tr('nav.home'))}</a></li>${above}<li aria-current="page">${current}</li></ol></nav>`
  );
}
