import type { Diagnostic } from '../model/document.ts';

/** Marks a footnote call inside text until inlines are built: \uE000marker\uE001. */
export const CALL_OPEN = '\uE000';
export const CALL_CLOSE = '\uE001';
export const call = (marker: string): string => `${CALL_OPEN}${marker}${CALL_CLOSE}`;
/** Notes in printed order: star notes first (*, **, ***), then by number. */
export const noteOrder = (marker: string): number => (/^\d+$/.test(marker) ? Number(marker) : -1 / marker.length);

/** A line of running text after page furniture and notes are taken out. */
export interface BodyLine {
  text: string;
  /** 1-based source line. */
  line: number;
  /** Page (or note-scope) index: notes on page k are called from lines of page k. */
  page: number;
  /** A blank line, page furniture or a footnote block came just before this line. */
  breakBefore: boolean;
  /** The line is indented in the source (PDF text marks new paragraphs so). */
  indented: boolean;
}

export interface RawNote {
  marker: string;
  lines: { text: string; line: number }[];
  page: number;
}

/** The source split into running text, notes and link hints. */
export interface Layout {
  body: BodyLine[];
  notes: RawNote[];
  hints: { url: string; line: number; page: number }[];
  /** Whether blank lines separate paragraphs (false when every line is double-spaced). */
  blankSeparatesBlocks: boolean;
  /** Each line is a paragraph (a text of one paragraph per line, with no blank lines). */
  linePerBlock?: boolean;
  /** Where note calls are looked for: the page of the note, or anywhere (endnotes). */
  noteScope: 'page' | 'document';
  /** A document symbol printed as a running header, if any. */
  headerSymbol: string | null;
  diagnostics: Omit<Diagnostic, 'file'>[];
}
