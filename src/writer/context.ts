import { LANGUAGES, type Document, type Language } from '../model/document.ts';
import { newestDate } from '../exports/marc.ts';
import type { TextContext } from '../render/context.ts';
import type { PlacedAnnotations } from '../render/blocks.ts';
import type { Annotation } from '../site/annotations.ts';
import { annotationsOf } from '../site/annotations.ts';
import { annotationBodies } from '../site/annotation-bodies.ts';
import { corpus, symbolIndex, versionsOf } from '../site/corpus.ts';
import { acronymsFor } from '../site/glossary.ts';
import { numberCalls } from '../site/note-calls.ts';
import { rootFor, siteUrl } from '../site/paths.ts';
import { type Shell, readShell } from './shell.ts';

/** What every document's files need, gathered once per build (writerContext). */
export interface WriterContext {
  documents: Document[];
  symbols: Map<string, Document>;
  /** The paragraph pages' layout, per language (shell.ts). */
  shells: Map<Language, Shell>;
  /** The site's public address (marc.xml's 856). */
  site: string;
  /** The date every MARC record is entered: the newest document's, so it does not change from build to build. */
  entered: string | null;
}

/** The shared context, from the corpus and the shells Astro wrote into `outDir`. */
export async function writerContext(outDir: string): Promise<WriterContext> {
  const { documents } = await corpus();
  return {
    documents,
    symbols: await symbolIndex(),
    shells: new Map(LANGUAGES.map((lang) => [lang, readShell(outDir, lang)])),
    site: siteUrl(),
    entered: newestDate(documents),
  };
}

/** What one document's paragraph pages need beyond the shared context. */
export interface DocumentContext {
  /** For the paragraphs' words, from a paragraph page (/{lang}/{slug}/{para}/). */
  text: TextContext;
  /** The document's other language versions (same symbol). */
  versions: Document[];
  /** Its annotations, in reading order and placed, with their bodies. */
  annotations: PlacedAnnotations & { all: Annotation[] };
}

export async function documentContext(doc: Document, shared: WriterContext): Promise<DocumentContext> {
  const annotations = await annotationsOf(doc);
  return {
    text: {
      doc,
      root: rootFor(3),
      symbols: shared.symbols,
      calls: numberCalls(doc),
      acronyms: await acronymsFor(doc.language),
    },
    versions: await versionsOf(doc),
    annotations: { ...annotations, bodies: await annotationBodies(annotations.all) },
  };
}
