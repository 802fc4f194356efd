import type { RawNote } from './layout.ts';

/**
 * Notes that OCR ran onto one line ("95 Ibid., document S/13646. 96 Ibid., Thirty-fourth
 * Year …"): the next number in sequence after a full stop, before a capital, opens the next
 * note, unless that note is printed on its own.
 */
export function splitRunOnNotes(notes: RawNote[]): RawNote[] {
  const out: RawNote[] = [];
  const markers = new Set(notes.map((n) => n.marker));
  for (const note of notes) {
    let current = note;
    out.push(current);
    for (let k = 0; k < current.lines.length; k++) {
      const next = /^\d+$/.test(current.marker) ? String(Number(current.marker) + 1) : null;
      if (!next || markers.has(next)) break;
      const line = current.lines[k];
      const endedBefore = k > 0 && /[.;]$/.test(current.lines[k - 1].text.trim());
      const at = new RegExp(String.raw`(?:${endedBefore ? '^|' : ''}(?<=[.;])\s)${next}\s+(?=\p{Lu})`, 'u').exec(
        line.text,
      );
      if (!at) continue;
      const rest = line.text.slice(at.index + at[0].length);
      const following = {
        marker: next,
        lines: [{ text: rest, line: line.line }, ...current.lines.slice(k + 1)],
        page: current.page,
      };
      const head = line.text.slice(0, at.index);
      current.lines = [...current.lines.slice(0, k), ...(head.trim() ? [{ text: head, line: line.line }] : [])];
      markers.add(next);
      out.push(following);
      current = following;
      k = -1;
    }
  }
  return out;
}
