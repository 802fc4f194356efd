/**
 * Operative numbers as OCR of printed volumes misreads them: a comma for the full stop
 * ("4, Decides"), letters for digits ("L. Strongly" for 1, "i9. Calls" for 19, "ll." for
 * 11, "S." for 5), a space before the stop ("1 . Requests"). Such a reading is only ever
 * accepted as the number the sequence expects next, so the sequence decides and a date
 * or a stray figure never becomes a paragraph. The label stays as printed; the id follows
 * the sequence.
 */

/** Latin-script look-alikes of digits in OCR. */
const LOOKALIKES: Record<string, string> = { l: '1', L: '1', i: '1', I: '1', O: '0', o: '0', S: '5' };

/** A number-like token, then a stop or comma, then the paragraph's first word. */
const MISREAD = /^(?<printed>[\dlLiIOoS]{1,3})\s*[.,](?:\s+(?=\p{L}|\()|(?=\p{Lu}\p{Ll}))/u;

/**
 * A misread operative number at the start of `text`, read as `expected`, or null. Its
 * groups: `n` the number the sequence gives, `printed` the token as printed.
 */
export function misreadOperativeNumber(
  text: string,
  expected: number,
  following: () => number | null,
): RegExpExecArray | null {
  const m = MISREAD.exec(text) ?? unpunctuated(text, expected, following);
  if (!m?.groups) return null;
  const { printed } = m.groups;
  // "I." alone is a roman section number, never a misread 1.
  if (printed === 'I') return null;
  // A token of letters alone must open a sentence (the operative verb), as paragraphs do.
  if (!/\d/.test(printed) && !/^\p{Lu}/u.test(text.slice(m[0].length))) return null;
  const digits = printed.replace(/[lLiIOoS]/g, (c) => LOOKALIKES[c]);
  if (Number(digits) !== expected) return null;
  m.groups.n = String(expected);
  return m;
}

/** Digits without their stop ("7 Calls upon"): paragraph 7 only between paragraphs 6 and 8. */
const UNPUNCTUATED = /^(?<printed>\d{1,3})\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;
function unpunctuated(text: string, expected: number, following: () => number | null): RegExpExecArray | null {
  const m = UNPUNCTUATED.exec(text);
  return m?.groups && Number(m.groups.printed) === expected && following() === expected + 1 ? m : null;
}

/**
 * A printed number that breaks the sequence where its neighbours keep it ("8" between
 * paragraphs 4 and 6) is the number the sequence gives: a misreading of 5.
 */
export function betweenNeighbours(printed: number, last: number, following: () => number | null): number {
  return printed !== last + 1 && last > 0 && following() === last + 2 ? last + 1 : printed;
}

/**
 * The line may open a paragraph with a misread number: a look-alike token and a capitalised
 * word ("ll. Calls", "4, Demands"). Block segmentation starts a block there, so that the
 * paragraph is not appended to the one before; classification then asks the sequence.
 */
export function opensMisreadNumber(text: string): boolean {
  const m = MISREAD.exec(text);
  return m?.groups !== undefined && m.groups.printed !== 'I' && /^\p{Lu}\p{Ll}/u.test(text.slice(m[0].length));
}

/** Digits and signs OCR prints for sub-paragraph letters: "(6)" for (b), "(1)" for (i), "(¢)" for (c). */
const LETTER_LOOKALIKES: Record<string, string> = { '6': 'b', '1': 'i', l: 'i', '¢': 'c', '0': 'o' };
const MISREAD_LETTER = /^\((?<l>[61l¢0])\)\s+(?=\p{L})/u;

/**
 * A sub-paragraph letter misread as a look-alike ("(6)" between (a) and (c), "(1)" after
 * (h)), accepted only as the letter the sequence expects next. Groups: `l` as printed,
 * `as` the letter the sequence gives.
 */
export function misreadSubLetter(text: string, expected: string): RegExpExecArray | null {
  const m = MISREAD_LETTER.exec(text);
  if (!m?.groups || LETTER_LOOKALIKES[m.groups.l] !== expected) return null;
  m.groups.as = expected;
  return m;
}

/** The line may open a sub-paragraph with a misread letter ("(6) To settle"). */
export const opensMisreadLetter = (text: string): boolean => /^\([61l¢0]\)\s+\p{Lu}/u.test(text);
