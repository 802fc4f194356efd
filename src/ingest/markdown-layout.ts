import type { BodyLine, Layout, RawNote } from './layout.ts';
import { call } from './layout.ts';
import { paragraphSequence } from './glued-paragraphs.ts';
import type { LanguageTable } from './languages/index.ts';
import { runningHeads } from './running-heads.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string): string => [...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
/** A note line: superscript marker at the margin ("¹ Résolution 79/323, annexe."). */
const NOTE_LINE = /^(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?<t>\S.*)$/u;
/** Markdown footnote definition "[^3]: text". */
const MD_NOTE_LINE = /^\[\^(?<m>[^\]]+)\]:\s*(?<t>.*)$/u;

/** A thematic break alone on its line (`---`, `***`, `___`). */
const THEMATIC_BREAK = /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/;

/**
 * A numbered note comes next in the sequence (the first may skip a few whose text is
 * absent); a star or letter note is always taken.
 */
const inSequence = (marker: string, last: number): boolean =>
  !/^\d+$/.test(marker) || (Number(marker) > last && Number(marker) <= last + 5);

/**
 * Removes converter Markdown syntax, keeping the words: emphasis, empty links, escapes,
 * `<sup>`. Emphasis runs glued together (`**A****B**`) were separate lines in the
 * original, so the seam becomes a line break.
 */
export function stripMarkdown(line: string): string[] {
  return line
    .replace(/\*{4}/g, '\n')
    .split('\n')
    .map((part) =>
      part
        .replace(/!\[[^\][]*\]\([^)]*\)/g, '')
        .replace(/\[([^\][]+)\]\((?:#|)\)/g, '$1')
        .replace(/\[([^\][]+)\]\((https?:[^)]+)\)/g, '$1 <$2>')
        .replace(/<sup>([^<]*)<\/sup>/g, '$1')
        .replace(/\^([^\s^]+)\^?/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*{1,3}|_{2,3})/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
        .replace(/^#{1,6}\s+/, '')
        .replace(/^(?:[-+]\s+)(?=\S)/, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/**
 * Splits converter Markdown into running text and notes. Blank lines separate blocks;
 * note lines interleaved where pages broke are lifted out; superscript calls become
 * call markers.
 */
export function markdownLayout(lines: string[], lang: LanguageTable): Layout {
  const layout: Layout = {
    body: [],
    notes: [],
    hints: [],
    blankSeparatesBlocks: true,
    noteScope: 'document',
    headerSymbol: null,
    diagnostics: [],
  };
  let pendingBreak = false;
  // The note whose definition is open: indented lines below it continue it (GitHub/pandoc).
  let open: RawNote | null = null;
  let lastNumber = 0;
  const heads = runningHeads(lines);
  const nextText = (i: number): string => lines.slice(i + 1).find((l) => l.trim()) ?? '';
  const paragraphs = paragraphSequence(lang);
  const pushBody = (text: string, n: number, breakBefore = false) => {
    paragraphs.see(text);
    const line: BodyLine = { text, line: n, page: 0, breakBefore: pendingBreak || breakBefore, indented: false };
    layout.body.push(line);
    pendingBreak = false;
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (!raw.trim()) {
      pendingBreak = true;
      return;
    }
    if (open && /^\s/.test(raw)) {
      open.lines.push({ text: withCalls(stripMarkdown(raw.trim()).join(' ')), line: n });
      return;
    }
    open = null;
    if (THEMATIC_BREAK.test(raw)) {
      // The rule a converter sets above the notes: furniture, not text.
      pendingBreak = true;
      return;
    }
    // A page's running head left between the two halves of a cut paragraph: the document's
    // symbol, or its title after a paragraph left unfinished (long: no heading) or before one
    // that goes on in lower case.
    const previous = layout.body[layout.body.length - 1]?.text ?? '';
    if (
      heads.isHead(raw.trim(), i) ||
      (heads.isTitleUnder(raw.trim()) &&
        !/[.;:,!?]$/.test(previous) &&
        (previous.length > 80 || /^\p{Ll}/u.test(nextText(i).trim())))
    ) {
      layout.diagnostics.push({
        line: n,
        severity: 'info',
        code: 'running-head',
        message: `a page's running head was taken out of the text: ${raw.trim().slice(0, 60)}`,
      });
      pendingBreak = true;
      return;
    }
    const note = NOTE_LINE.exec(raw.trim()) ?? MD_NOTE_LINE.exec(raw.trim());
    const marker = note?.groups && (/^[⁰-⁹¹²³]/.test(note.groups.m) ? fromSuperscript(note.groups.m) : note.groups.m);
    if (note?.groups && marker && inSequence(marker, lastNumber)) {
      const text = withCalls(stripMarkdown(note.groups.t).join(' '));
      // A converter may have run the next paragraph onto the note's line ("[^3]: A/79/88.
      // 4. Decides …"): the note ends before it and the running text goes on there.
      const glued = paragraphs.nextIn(text);
      open = { marker, lines: [{ text: glued > 0 ? text.slice(0, glued) : text, line: n }], page: 0 } satisfies RawNote;
      layout.notes.push(open);
      if (/^\d+$/.test(marker)) lastNumber = Number(marker);
      pendingBreak = true;
      if (glued > 0) {
        layout.diagnostics.push({
          line: n,
          severity: 'info',
          code: 'paragraph-split',
          message: `the next paragraph was glued to note ${marker}: set back in the body ("${text.slice(glued + 1, glued + 40)}…")`,
        });
        open = null;
        pushBody(text.slice(glued + 1), n);
      }
      return;
    }
    if (note?.groups && MD_NOTE_LINE.test(raw.trim())) {
      // "[^1653]: (XVI) of …": a converter read the number that began a wrapped line as a
      // note label. Out of the notes' sequence, it is the text it cut: back where it stood.
      layout.diagnostics.push({
        line: n,
        severity: 'info',
        code: 'markdown-note-artefact',
        message: `"[^${note.groups.m}]:" is out of the notes' sequence: read as the text it cut ("${note.groups.m} ${note.groups.t.slice(0, 30)}")`,
      });
      for (const text of stripMarkdown(`${note.groups.m} ${note.groups.t}`))
        layout.body.push({ text: withCalls(text), line: n, page: 0, breakBefore: false, indented: false });
      pendingBreak = false;
      return;
    }
    const parts = stripMarkdown(withCalls(raw));
    if (parts.length === 0) {
      layout.diagnostics.push({
        line: n,
        severity: 'info',
        code: 'markdown-debris',
        message: `a line of Markdown syntax only was dropped: ${raw.trim().slice(0, 40)}`,
      });
      return;
    }
    parts.forEach((text, k) => pushBody(text, n, k > 0 || /\*{4}/.test(raw)));
  });
  return layout;
}

/** Superscript digits after a word or punctuation are note calls; `[^3]` too. */
function withCalls(text: string): string {
  return text
    .replace(/\[\^([^\]]+)\]/g, (_, m: string) => call(m))
    .replace(/(?<=[\p{L}\p{N}.,;:»)\]*])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu, (_, m: string) => call(fromSuperscript(m)));
}
