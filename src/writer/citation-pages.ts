/**
 * The citation pages (/{lang}/ref/{symbol}/, one per cited symbol and interface language),
 * written by the writer into the shell of their language: they are at the paragraph pages'
 * depth. In an incremental build only the pages missing from the output are written: the
 * build removed those whose citations changed (their ref key, src/build/render-keys.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { escapeText } from '../exports/xml.ts';
import { LANGUAGES } from '../model/document.ts';
import { citationPage } from '../render/citation-page.ts';
import { citationIndex, refSlug } from '../site/citations.ts';
import { rootFor } from '../site/paths.ts';
import type { WriterContext } from './context.ts';
import type { OutputFile } from './paragraph-pages.ts';
import { fillShell } from './shell.ts';

export async function* citationPages(shared: WriterContext, outDir: string, all: boolean): AsyncGenerator<OutputFile> {
  const index = await citationIndex();
  for (const lang of LANGUAGES)
    for (const [symbol, citations] of index) {
      const path = `${lang}/ref/${refSlug(symbol)}/index.html`;
      if (!all && existsSync(join(outDir, path))) continue;
      const { title, main } = citationPage(symbol, citations, lang, rootFor(3), shared.symbols.get(symbol));
      yield { path, text: fillShell(shared.shells.get(lang)!, { title: escapeText(title), head: '', main }) };
    }
}
