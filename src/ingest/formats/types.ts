import type { Document } from '../../model/document.ts';
import type { LanguageTable } from '../languages/index.ts';
import type { Layout } from '../layout.ts';

/** Which note calls a layout holds without notes, and which notes nothing calls. */
export interface NoteCalls {
  missing: string[];
  uncalled: string[];
}

/**
 * A shape in which source texts arrive. A new shape is one module with these three
 * steps, listed in formats/index.ts: whether a text is in it, how its lines split into
 * running text, notes and link hints, and how its note calls are found.
 */
export interface SourceFormat {
  name: Document['format'];
  /** Does the text show this shape? Tried in order; the last format takes anything. */
  detect: (text: string) => boolean;
  layout: (lines: string[], lang: LanguageTable) => Layout;
  /** Resolves the note calls in the layout (marking them in place), and reports what does not match. */
  calls: (layout: Layout) => NoteCalls;
}
