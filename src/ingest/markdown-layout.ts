import type { BodyLine, Layout, RawNote } from './layout.ts';
import { call } from './layout.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string): string => [...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
/** A note line: superscript marker at the margin ("¹ Résolution 79/323, annexe."). */
const NOTE_LINE = /^(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?<t>\S.*)$/u;
/** Markdown footnote definition "[^3]: text". */
const MD_NOTE_LINE = /^\[\^(?<m>[^\]]+)\]:\s*(?<t>.*)$/u;

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
        // A thematic break (`---`) separates the notes from the text: syntax, not words.
        .replace(/^(?:-{3,}|_{3,})$/, '')
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
export function markdownLayout(lines: string[]): Layout {
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
  // The note a definition opened: its indented continuation lines go on in it (GitHub/pandoc).
  let open: RawNote | null = null;
  const lastNumber = () => {
    const numbers = layout.notes.map((x) => Number(x.marker)).filter((x) => Number.isInteger(x));
    return numbers.length ? Math.max(...numbers) : 0;
  };
  lines.forEach((line, i) => {
    let raw = line;
    const n = i + 1;
    if (!raw.trim()) {
      pendingBreak = true;
      return;
    }
    if (open && /^\s{2,}\S/.test(raw)) {
      open.lines.push({ text: withCalls(stripMarkdown(raw.trim()).join(' ')), line: n });
      return;
    }
    open = null;
    const note = NOTE_LINE.exec(raw.trim()) ?? MD_NOTE_LINE.exec(raw.trim());
    if (note?.groups) {
      const marker = /^[⁰-⁹¹²³]/.test(note.groups.m) ? fromSuperscript(note.groups.m) : note.groups.m;
      // A numbered definition far out of the notes' sequence ("[^1653]: (XVI) of 24 November
      // 1961, …") is a converter's misreading of a wrapped line that began with a number:
      // it is text, and goes back to the paragraph it continues.
      const outOfSequence = /^\d+$/.test(marker) && Number(marker) > lastNumber() + 5;
      if (MD_NOTE_LINE.test(raw.trim()) && outOfSequence) {
        layout.diagnostics.push({
          line: n,
          severity: 'info',
          code: 'markdown-footnote-artefact',
          message: `"[^${marker}]:" is out of the notes' sequence: read as the text "${marker} …" of a wrapped line`,
        });
        raw = `${marker} ${note.groups.t}`;
      } else {
        const text = stripMarkdown(note.groups.t).join(' ');
        open = { marker, lines: [{ text: withCalls(text), line: n }], page: 0 } satisfies RawNote;
        layout.notes.push(open);
        pendingBreak = true;
        return;
      }
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
    parts.forEach((text, k) => {
      const line: BodyLine = {
        text,
        line: n,
        page: 0,
        breakBefore: pendingBreak || k > 0 || /\*{4}/.test(raw),
        indented: false,
      };
      layout.body.push(line);
      pendingBreak = false;
    });
  });
  return layout;
}

/** Superscript digits after a word or punctuation are note calls; `[^3]` too. */
function withCalls(text: string): string {
  return text
    .replace(/\[\^([^\]]+)\]/g, (_, m: string) => call(m))
    .replace(/(?<=[\p{L}\p{N}.,;:»)\]*])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu, (_, m: string) => call(fromSuperscript(m)));
}
