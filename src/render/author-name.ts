import { dir } from '../i18n/index.ts';
import type { Language } from '../model/document.ts';
import { attributes, escapeHtml } from './html.ts';

/**
 * An editor's name as written in the annotation's language: marked when that is not the
 * page's, so a screen reader says "Résolu editorial team" in English inside French.
 */
export function authorNameHtml(name: string, language: Language, pageLanguage: Language): string {
  return language === pageLanguage
    ? escapeHtml(name)
    : `<span${attributes({ lang: language, dir: dir(language) })}>${escapeHtml(name)}</span>`;
}
