/**
 * Note calls a text writes out instead of setting them as superscripts: in square brackets
 * as wiki pages print them ("Unidas[1],", "разоружению [1],"), in parentheses
 * ("continue;(2)"), with a slash as older UN documents do ("Assembly 1/"), or as stars
 * ("report.*"). The numbering decides: only the calls 1, 2, 3… (or *, **) in reading
 * order are taken, each after a word or its punctuation, and the note lines that open with
 * the same markers ("[1] Resolution 70/1.", "1/ See S/2000/100.") become the notes; a call
 * whose note text is absent is a missing note, reported like any other. The marker is the
 * number, so ids (`fn1`) are the same whatever the style.
 */
import type { Layout } from './layout.ts';
import { call, noteOrder } from './layout.ts';

/**
 * A written call: "[1]" after a word or punctuation (a space may come between), "(1)" glued
 * to one (never after a digit: "article 2(4)"), or "1/" after a word and a space.
 */
const WRITTEN_CALL =
  /(?<=[\p{L}\p{N}.,;:)»”"’])\s?\[(?<b>\d{1,3})\]|(?<=[\p{L}.,;:»”"’])\((?<p>\d{1,3})\)(?![\p{L}\p{N}])|(?<=[\p{L}.,;:)»”"’])\s(?<s>\d{1,3})\/(?=[\s.,;:]|$)|(?<=[\p{L}.,;:)»”"’])(?<st>\*{1,3})(?=\s|$)/gu;
/** A note line that opens with a written marker. */
const WRITTEN_NOTE = /^(?:\[(?<b>\d{1,3})\]|\((?<p>\d{1,3})\)|(?<s>\d{1,3})\/|(?<st>\*{1,3}))\s+(?<t>\S.*)$/u;
const markerOf = (g: Record<string, string | undefined>) => (g.b ?? g.p ?? g.s ?? g.st)!;
/** Numbered calls run 1, 2, 3…; star calls *, **, ***. */
const expected = (m: string, next: number, stars: number) =>
  /^\*+$/.test(m) ? m.length === stars : Number(m) === next;

/** A first written call, looked for once in the whole text before any line is read closely. */
const FIRST_CALL = /\[1\]|\(1\)|\s1\/|[\p{L}.,;:)»”"’]\*/u;

/**
 * Marks the written calls of the body in sequence and lifts the body lines that are their
 * notes out of the running text; returns the markers called whose note text is absent.
 * Does nothing unless a written call to note 1 is found.
 */
export function markWrittenCalls(layout: Layout): string[] {
  if (!layout.body.some((l) => FIRST_CALL.test(l.text))) return [];
  let next = 1;
  let stars = 1;
  const called: string[] = [];
  const noteAt = new Map<number, RegExpExecArray>();
  // "(1)" is also how a text enumerates ("alert(1)", "the following: (1) …"): it is a call
  // only where a note line "(1) …" gives its text.
  const notes = layout.body.map((l) => WRITTEN_NOTE.exec(l.text.trim()));
  const parenNotes = new Set(notes.flatMap((note) => note?.groups?.p ?? []));
  layout.body.forEach((l, k) => {
    const note = notes[k];
    if (note && called.includes(markerOf(note.groups!))) noteAt.set(k, note);
    if (note) return;
    l.text = l.text.replace(WRITTEN_CALL, (whole, ...rest) => {
      const groups = rest.at(-1) as Record<string, string | undefined>;
      const n = markerOf(groups);
      if (!expected(n, next, stars) || (groups.p !== undefined && !parenNotes.has(n))) return whole;
      if (/^\*+$/.test(n)) stars++;
      else next++;
      called.push(n);
      return call(n);
    });
  });
  if (!called.length) return [];
  const present = new Set(layout.notes.map((n) => n.marker));
  for (const [k, note] of [...noteAt].reverse()) {
    const marker = markerOf(note.groups!);
    if (present.has(marker)) continue;
    layout.notes.push({
      marker,
      lines: [{ text: note.groups!.t, line: layout.body[k].line }],
      page: layout.body[k].page,
    });
    present.add(marker);
    layout.body.splice(k, 1);
  }
  layout.notes.sort((a, b) => noteOrder(a.marker) - noteOrder(b.marker));
  return called.filter((m) => !present.has(m));
}
