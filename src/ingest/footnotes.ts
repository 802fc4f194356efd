import type { Block, Footnote } from '../model/document.ts';
import { type Layout, noteOrder } from './layout.ts';
import { noteId, toInlines } from './references.ts';

/**
 * The document's notes, from the layout's note texts, with a flagged empty note for each
 * call whose text is absent from the source; in the order of their markers.
 */
export function buildFootnotes(
  layout: Layout,
  missing: string[],
  blocks: Block[],
  ctx: Parameters<typeof toInlines>[1],
): Footnote[] {
  const callLine = (marker: string) =>
    blocks.find((b) => b.inlines.some((i) => i.t === 'noteref' && i.marker === marker))?.line ?? 1;
  const notes: Footnote[] = layout.notes.map((n) => ({
    marker: n.marker,
    id: noteId(n.marker),
    inlines: toInlines(joinNoteLines(n.lines.map((l) => l.text)), ctx),
    missing: false,
    line: n.lines[0].line,
  }));
  for (const m of missing) notes.push({ marker: m, id: noteId(m), inlines: [], missing: true, line: callLine(m) });
  return notes.sort((a, b) => noteOrder(a.marker) - noteOrder(b.marker));
}

/**
 * Note lines: a URL cut at a line end ("…-and-" + "follow…") is re-joined without a space;
 * so is a word hyphenated at a line end ("Eight-" + "eenth"), its hyphen kept as printed.
 */
function joinNoteLines(lines: string[]): string {
  return lines
    .reduce((acc, l) =>
      /(?:https?:\/\/|www\.)\S*[-/_]$/.test(acc) || (/\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(l))
        ? acc + l
        : `${acc} ${l}`,
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
}
