import type { LanguageTable } from './languages/index.ts';
import type { Layout, RawNote } from './layout.ts';
import { paragraphSequence } from './glued-paragraphs.ts';
import { splitRunOnNotes } from './run-on-notes.ts';
import { runningHeads } from './running-heads.ts';
import { isSymbol } from './symbols.ts';

/** A URL alone on its line, as PDF extractors list a page's hyperlinks after its notes. */
const URL_LIST_LINE = /^(?:https?|ftp):\/\/\S+$/;
/** `____` rule that opens a page's footnotes (`---` where a pipeline redrew it). */
const RULE = /^\s*(?:_{5,}|-{3,})\s*$/;
/** The rule left at the end of the line it followed ("… general debate of the ---"). */
const TRAILING_RULE = /\s+(?:_{5,}|-{3,})\s*$/;
/** Job number, page count or barcode alone on a line: "25-19432", "2/3", "*2519432*". */
const FOLIO_PIECE = /^(?:\d{2}-\d{5}(?:\s*\(\w\))?|\d{1,3}\/\d{1,3}|\*\d{7,}\*)$/;
/** A note at the margin, its text opening like a note (capital or a letter of a script without case, digit, quotation mark). */
const MARGIN_NOTE_START = /^(?<m>\d{1,3})\s+(?<t>[\p{Lu}\p{Lo}\d“"«(].*)$/u;
/** Page footer or header with page count and job number: "3/17 23-19592" or "23-19592 3/17". */
const PAGE_FOLIO =
  /^\s*(?:\d{1,3}\/\d{1,3}\s+\d{2}-\d{5}(?:\s*\(\w\))?|\d{2}-\d{5}(?:\s*\(\w\))?\s+\d{1,3}\/\d{1,3})\s*$/;
/** A note at the foot of a page: indented marker, spaces, text. Group `m` is the marker. */
const FOOT_NOTE_START = /^\s+(?<m>\d{1,3}|\*{1,3})\s+(?<t>\S.*)$/;
/** A footnote marker alone on its line, its text indented on the next (layout extraction). */
const FOOT_NOTE_MARKER_ALONE = /^\s+(?<m>\d{1,3}|\*{1,3})\s*$/;
/** An endnote: marker at the margin, then the text. */
const END_NOTE_START = /^(?<m>\d{1,3})\s+(?<t>\S.*)$/;
/** A number ending a line after punctuation: a call whose note may be numbered across a volume. */
const END_CALL = /(?<=[\p{L}\d”")][,;:.] )(\d{1,3})$/u;
/** An unnumbered general note inside a footnote block ("Note : …"). */
const GENERAL_NOTE = /^\s+Notes?\s*:/u;

/**
 * Most non-empty lines are followed by exactly one blank line, and most of those stop
 * mid-sentence at about the column's width: the extractor double-spaced wrapped lines. (A
 * text whose every line is a whole paragraph, ending in punctuation, is blank-separated
 * instead; so is one whose unpunctuated lines are short — titles and headings, not wraps.)
 */
export function isDoubleSpaced(lines: string[]): boolean {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  // A wrapped line fills most of the column; the column is what the longer lines reach.
  const wrapWidth = 0.6 * (lengths[Math.floor(lengths.length * 0.9)] ?? 0);
  let nonEmpty = 0;
  let followedByBlank = 0;
  let wrapped = 0;
  for (let i = 0; i < lines.length - 2; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    nonEmpty++;
    if (!lines[i + 1].trim() && lines[i + 2].trim()) {
      followedByBlank++;
      if (!/[.,;:!?»؛،。；，：]$/u.test(line) && line.length >= wrapWidth) wrapped++;
    }
  }
  return nonEmpty > 0 && followedByBlank / nonEmpty > 0.6 && wrapped / followedByBlank > 0.4;
}

/**
 * How the text marks its paragraphs. Most texts separate them by blank lines (or
 * double-space every line: isDoubleSpaced). A text with (almost) no blank lines marks them
 * by a first-line indent, or, when most of its lines end as sentences and paragraphs do,
 * gives each paragraph one line.
 */
function paragraphMarks(lines: string[]): Pick<Layout, 'blankSeparatesBlocks' | 'linePerBlock'> {
  if (isDoubleSpaced(lines)) return { blankSeparatesBlocks: false };
  const nonEmpty = lines.filter((l) => l.trim()).length;
  // Blank lines between paragraphs, not those at the ends of the file.
  const first = lines.findIndex((l) => l.trim());
  const last = lines.findLastIndex((l) => l.trim());
  const blank = last - first + 1 - nonEmpty;
  // First-line indents: indented openings and wrapped lines at the margin, and blank lines
  // only where pages broke.
  const indented = lines.filter((l) => /^\s+\S/.test(l)).length;
  const atMargin = nonEmpty - indented;
  if (indented >= 0.1 * nonEmpty && atMargin >= 0.2 * nonEmpty && blank < 0.5 * indented)
    return { blankSeparatesBlocks: false };
  if (blank >= Math.max(2, 0.05 * nonEmpty)) return { blankSeparatesBlocks: true };
  const punctuated = lines.filter((l) => /[.,;:!?؛،。；，：]$/u.test(l.trim())).length;
  return { blankSeparatesBlocks: true, linePerBlock: punctuated > 0.5 * nonEmpty };
}

/** Short lines printed on several pages (running heads and feet). */
function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t.length >= 8 && !URL_LIST_LINE.test(t) && !RULE.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [t, n] of counts) {
    // A symbol alone on its line is a running head even when printed twice; other text
    // must repeat three times and be short, so that no repeated sentence is lost.
    if ((isSymbol(t) && n >= 2) || (n >= 3 && t.length <= 160 && (!/[.,;:]$/.test(t) || t === t.toUpperCase())))
      repeated.add(t);
  }
  return repeated;
}

/**
 * Whether `m` can be the next note. Inside a block numbering goes up by one; the first
 * note of a block may skip a few numbers whose texts are absent from the source.
 */
function nextMarker(last: string | null, firstOfBlock: boolean): (m: string) => boolean {
  return (m) => {
    if (/^\*+$/.test(m)) return last === null || /^\*+$/.test(last);
    const n = Number(m);
    const previous = last === null || /^\*+$/.test(last) ? 0 : Number(last);
    return n === previous + 1 || (firstOfBlock && n > previous && n <= previous + 5);
  };
}

/**
 * Splits PDF-extracted text into running text, footnotes and hyperlink lists, dropping
 * running heads, folios and rules. A footnote block is recognised only when its first
 * line carries the marker expected next, so a numbered paragraph is never taken for a note.
 */
export function pdfLayout(lines: string[], lang: LanguageTable): Layout {
  const layout: Layout = {
    body: [],
    notes: [],
    hints: [],
    ...paragraphMarks(lines),
    noteScope: 'page',
    headerSymbol: null,
    diagnostics: [],
  };
  const furniture = repeatedLines(lines);
  const symbolHeads = [...furniture].filter(isSymbol);
  layout.headerSymbol = symbolHeads[0] ?? null;

  let page = 0;
  let state: 'body' | 'notes' | 'endnotes' = 'body';
  let lastMarker: string | null = null;
  let note: RawNote | null = null;
  // The indentation of a note whose text stands under its marker: its lines go on there.
  let noteIndent: number | null = null;
  let pendingBreak = false;
  const heads = runningHeads(lines);
  let afterHead = false;
  const paragraphs = paragraphSequence(lang);
  // The numbers that end a body line after punctuation ("… 1948, 29"), read as lines come.
  const endCallSet = new Set<string>();
  let endCallsRead = 0;
  const endCalls = (): Set<string> => {
    for (; endCallsRead < layout.body.length; endCallsRead++) {
      const m = END_CALL.exec(layout.body[endCallsRead].text);
      if (m) endCallSet.add(m[1]);
    }
    return endCallSet;
  };
  // A note opened at the margin of blank-separated text ends at the next blank line.
  let marginNote = false;

  const nextNonBlank = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    return j;
  };
  const startsNote = (raw: string | undefined, pattern: RegExp): RegExpExecArray | null => {
    const m = raw === undefined ? null : pattern.exec(raw);
    return m?.groups && nextMarker(lastMarker, note === null)(m.groups.m) ? m : null;
  };
  const openNote = (m: RegExpExecArray, n: number, text = m.groups!.t, indent: number | null = null) => {
    note = { marker: m.groups!.m, lines: [], page };
    layout.notes.push(note);
    lastMarker = note.marker;
    noteIndent = indent;
    if (!noteGoesOnInBody(text, n)) note.lines.push({ text, line: n });
  };
  // A note line that runs on into the next page's head and its text (flattened by a
  // converter): the note keeps what comes before the head, and the text after it goes on
  // with the paragraph the notes interrupted.
  const noteGoesOnInBody = (text: string, n: number): boolean => {
    const glued = paragraphs.nextIn(text);
    const head = heads.titleInside(text) ?? (glued > 0 ? { start: glued, end: glued } : null);
    if (!head || !note) return false;
    (note as RawNote).lines.push({ text: text.slice(0, head.start).trimEnd(), line: n });
    layout.diagnostics.push({
      line: n,
      severity: 'info',
      code: 'running-head',
      message:
        head.end > head.start
          ? `a page's running head inside a note line was taken out; the text after it goes on in the body: ${text.slice(head.start, head.end).slice(0, 60)}`
          : `the next paragraph was glued to a note: set back in the body ("${text.slice(head.start, head.start + 40).trim()}…")`,
    });
    endPage();
    state = 'body';
    pendingBreak = false;
    layout.body.push({ text: text.slice(head.end).trim(), line: n, page, breakBefore: false, indented: false });
    return true;
  };
  const indentOf = (raw: string): number => raw.length - raw.trimStart().length;
  // A footnote rule: the page's notes follow.
  const afterRule = () => {
    state = 'notes';
    note = null;
    marginNote = false;
    pendingBreak = true;
  };
  const endPage = () => {
    if (state === 'notes') state = 'body';
    note = null;
    pendingBreak = true;
    page++;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.trim();
    const n = i + 1;
    if (!t) {
      // A whitespace-only line can be all that is left of a footnote rule.
      if (state === 'body' && raw.length >= 2 && startsNote(lines[nextNonBlank(i)], FOOT_NOTE_START)) {
        state = 'notes';
      } else if (layout.blankSeparatesBlocks && state === 'body') pendingBreak = true;
      continue;
    }
    // A URL that is a line of its own, with nothing around it: a broken URL inside a note
    // keeps its trailing space or hyphen and stays text.
    if (URL_LIST_LINE.test(raw) && !raw.endsWith('-')) {
      layout.hints.push({ url: t, line: n, page });
      if (state !== 'endnotes') endPage();
      continue;
    }
    if (heads.isHead(t, i)) {
      endPage();
      afterHead = true;
      continue;
    }
    const lastBody = layout.body[layout.body.length - 1]?.text ?? '';
    if (
      heads.isTitleUnder(t) &&
      (afterHead || state === 'notes' || (lastBody.length > 80 && !/[.;:,!?]$/.test(lastBody)))
    ) {
      // The short title under the symbol, or alone at the head of a page (after the notes of
      // the page before, or between the halves of a cut paragraph).
      afterHead = false;
      endPage();
      continue;
    }
    afterHead = false;
    if (
      FOLIO_PIECE.test(t) ||
      PAGE_FOLIO.test(raw) ||
      furniture.has(t) ||
      (/^\d{1,3}$/.test(t) && (furniture.has(lines[i - 2]?.trim() ?? '') || furniture.has(lines[i - 1]?.trim() ?? '')))
    ) {
      endPage();
      continue;
    }
    if (RULE.test(raw)) {
      afterRule();
      continue;
    }
    const unglued = heads.unglue(t);
    if (unglued !== null) {
      endPage();
      const ruledToo = TRAILING_RULE.exec(unglued);
      const text = ruledToo ? unglued.slice(0, ruledToo.index) : unglued;
      layout.body.push({ text, line: n, page, breakBefore: true, indented: false });
      pendingBreak = false;
      if (ruledToo) afterRule();
      continue;
    }
    const blankBefore = i === 0 || !lines[i - 1].trim();
    if (state === 'body' && layout.blankSeparatesBlocks && blankBefore) {
      const m = startsNote(t, MARGIN_NOTE_START) ?? (lastMarker === null ? MARGIN_NOTE_START.exec(t) : null);
      // With no rule to announce it, only the very next number will do, and not a
      // Council heading ("1 (1946) Resolution of …") or an OCR'd "3 Decides" that lost its stop.
      const next = (lastMarker && /^\d+$/.test(lastMarker) ? Number(lastMarker) : 0) + 1;
      const heading = (lang.councilHeadings ?? []).some((h) => h.test(t));
      // Volumes number their notes across the book ("29 Ibid., …"): a first note may take any
      // number whose call ends a line of the text above ("… dated 5 July 1948, 29").
      const calledAbove = (marker: string) => lastMarker === null && endCalls().has(marker);
      const numbered = m?.groups && (Number(m.groups.m) === next || calledAbove(m.groups.m));
      if (m && numbered && !heading && !lang.operativeNumber.test(t)) {
        state = 'notes';
        openNote(m, n);
        marginNote = true;
        continue;
      }
    }
    if (state === 'body' && lang.notesHeading.test(t) && startsNote(lines[nextNonBlank(i)], END_NOTE_START)) {
      state = 'endnotes';
      layout.noteScope = 'document';
      continue;
    }
    if (state === 'notes' || state === 'endnotes') {
      const m =
        startsNote(raw, state === 'notes' ? FOOT_NOTE_START : END_NOTE_START) ??
        (state === 'notes' && (blankBefore || layout.linePerBlock) && !lang.operativeNumber.test(t)
          ? startsNote(t, MARGIN_NOTE_START)
          : null);
      if (m) {
        marginNote = !/^\s/.test(raw);
        openNote(m, n);
        continue;
      }
      const alone = state === 'notes' ? startsNote(raw, FOOT_NOTE_MARKER_ALONE) : null;
      const under = alone ? nextNonBlank(i) : lines.length;
      if (
        under < lines.length &&
        indentOf(lines[under]) > indentOf(raw) &&
        !FOOT_NOTE_MARKER_ALONE.test(lines[under])
      ) {
        openNote(alone!, under + 1, lines[under].trim(), indentOf(lines[under]));
        i = under;
        continue;
      }
      const continues = marginNote
        ? !blankBefore
        : state === 'endnotes' || !/^\s/.test(raw) || GENERAL_NOTE.test(raw) || indentOf(raw) === noteIndent;
      if (note && continues) {
        if (!noteGoesOnInBody(t, n)) (note as RawNote).lines.push({ text: t, line: n });
        continue;
      }
      // An indented line that is no note: the running text goes on below an empty note block.
      endPage();
    }
    // In double-spaced text a line that follows another with no blank between is a seam
    // where a page's furniture was lost: what follows may continue the paragraph.
    const seam = !layout.blankSeparatesBlocks && i > 0 && lines[i - 1].trim() !== '' && /^\s/.test(raw);
    const ruled = TRAILING_RULE.exec(t);
    paragraphs.see(t);
    layout.body.push({
      text: ruled ? t.slice(0, ruled.index) : t,
      line: n,
      page,
      breakBefore: pendingBreak || seam,
      indented: /^\s/.test(raw),
    });
    pendingBreak = false;
    if (ruled) afterRule();
  }
  layout.notes = splitRunOnNotes(layout.notes);
  return layout;
}
