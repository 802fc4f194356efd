/**
 * The writer: every file of the site that is one per document or per paragraph and needs
 * no page of Astro's (paragraph pages, data.json, data.xml, marc.xml, cite.*…), written
 * into the built site from the model, after Astro's pages (integrations/writer.ts).
 *
 * To rewrite the files of some documents only (what writeSite does in an incremental
 * build): `writerContext(outDir)` once, then `writeDocumentFiles(doc, context, outDir)`
 * for each (its paths are returned, to delete what a document no longer has), then
 * `removeShells(outDir)`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document } from '../model/document.ts';
import { builtByBuildCommand, changedPages, inThisPart } from '../site/corpus.ts';
import { type WriterContext, documentContext, writerContext } from './context.ts';
import { documentExports } from './document-exports.ts';
import { type OutputFile, paragraphPages } from './paragraph-pages.ts';
import { SHELL_FOLDER } from './shell.ts';
import { citationPages } from './citation-pages.ts';

export { writerContext };

/** Writes one document's paragraph pages and exports; returns their paths, relative to `outDir`. */
export async function writeDocumentFiles(doc: Document, context: WriterContext, outDir: string): Promise<string[]> {
  const files = [
    ...documentExports(doc, context),
    ...paragraphPages(doc, await documentContext(doc, context), context),
  ];
  const folders = new Set<string>();
  for (const { path, text } of files) {
    const folder = dirname(join(outDir, path));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(join(outDir, path), text);
  }
  return files.map((f) => f.path);
}

/** The shells are no page of the site: gone once the pages are written. */
export const removeShells = (outDir: string): void =>
  rmSync(join(outDir, SHELL_FOLDER), { recursive: true, force: true });

/**
 * What a build writes: the files of every document of this part of the build (a split
 * build writes its languages only), or, in an incremental build (`npm run build`), of the
 * documents whose folders it removed because their render key changed (src/cli/build.ts):
 * the others' files are still in `outDir` from the previous build. Then the shells are
 * removed. Returns how many files were written.
 */
export async function writeSite(outDir: string): Promise<number> {
  const context = await writerContext(outDir);
  const changed = builtByBuildCommand() ? new Set(changedPages()) : undefined;
  const ours = context.documents.filter(inThisPart);
  let count = 0;
  for (const doc of ours) {
    if (!changed || changed.has(`${doc.language}/${doc.slug}`))
      count += (await writeDocumentFiles(doc, context, outDir)).length;
    else if (
      refreshed(
        documentExports(doc, context).find((f) => f.path.endsWith('/marc.xml'))!,
        outDir,
      )
    )
      count++;
  }
  // Citation pages are the whole corpus's: every part of a split build writes them all.
  for await (const { path, text } of citationPages(context, outDir, !changed)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
    count++;
  }
  removeShells(outDir);
  return count;
}

/**
 * An unchanged document's MARC record still changes with the corpus: its 008 is the date of
 * the newest document, which a render key does not hold. Rewritten only when its bytes
 * differ, so that an unchanged file keeps its date. Whether it was rewritten.
 */
function refreshed({ path, text }: OutputFile, outDir: string): boolean {
  const file = join(outDir, path);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}
