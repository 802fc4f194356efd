/**
 * The page shell of a paragraph page: the layout (src/layouts/Base.astro: `<html>`, the
 * `<head>` with its CSP and stylesheet, the site's header and footer), rendered by Astro
 * itself once per language (src/pages/writer-shell/[lang]/index.astro) with a placeholder
 * where each page's title, head links and content go. The writer fills a copy per page, so
 * the layout has one implementation, Astro's, and is never repeated in template strings.
 * The shells are at the paragraph pages' depth (their links climb `../../../`) and are
 * deleted once the pages are written: they are no page of the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../model/document.ts';

/** Where Astro writes the shells, under the output folder. */
export const SHELL_FOLDER = 'writer-shell';

/** What the shell page puts where each page's own part goes: plain words, which no escaping changes. */
export const PLACEHOLDER = {
  title: 'RESOLU-SHELL-TITLE',
  head: 'RESOLU-SHELL-HEAD',
  main: 'RESOLU-SHELL-MAIN',
} as const;

/** A shell cut at its placeholders: the page is the pieces with each page's parts between them. */
export interface Shell {
  pieces: [string, string, string, string];
}

/** Reads the shell Astro wrote for `lang`; throws if a placeholder is not there exactly once, in order. */
export function readShell(outDir: string, lang: Language): Shell {
  const html = readFileSync(join(outDir, SHELL_FOLDER, lang, 'index.html'), 'utf8');
  const pieces: string[] = [];
  let rest = html;
  for (const token of [PLACEHOLDER.title, PLACEHOLDER.head, PLACEHOLDER.main]) {
    const parts = rest.split(token);
    if (parts.length !== 2)
      throw new Error(`the ${lang} page shell must hold ${token} once, after the previous placeholder`);
    pieces.push(parts[0]);
    rest = parts[1];
  }
  pieces.push(rest);
  return { pieces: pieces as Shell['pieces'] };
}

/** One page: `title` is escaped text for `<title>`, `head` and `main` are HTML. */
export const fillShell = ({ pieces }: Shell, page: { title: string; head: string; main: string }): string =>
  pieces[0] + page.title + pieces[1] + page.head + pieces[2] + page.main + pieces[3];
