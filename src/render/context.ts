import type { Document } from '../model/document.ts';
import type { Acronyms } from '../site/glossary.ts';
import type { NoteCalls } from '../site/note-calls.ts';

/**
 * What the markup of a document's text needs besides the text itself, gathered once per
 * page (by an Astro page, or by the paragraph-page writer) so that every function of
 * src/render/ is a pure function of the model: same arguments, same HTML.
 */
export interface TextContext {
  doc: Document;
  /** The way up from the page to the site root ("../../"). */
  root: string;
  /** Documents of the corpus by symbol (site/corpus.ts symbolIndex): a cited document we have is linked here. */
  symbols: Map<string, Document>;
  /** Ids of the note calls, numbered in reading order (site/note-calls.ts). */
  calls: NoteCalls;
  /** The acronyms of the glossary of the document's language (site/glossary.ts acronymsFor). */
  acronyms: Acronyms | undefined;
}

/** Note calls inside notes get no id: nothing links back to them. */
export const uncounted = (): NoteCalls => ({ idOf: new WeakMap(), count: new Map() });
