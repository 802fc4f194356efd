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
const MISREAD = /^(?<printed>[\dlLiIOoS]{1,3})\s*[.,]\s+(?=\p{L}|\()/u;

/**
 * A misread operative number at the start of `text`, read as `expected`, or null. Its
 * groups: `n` the number the sequence gives, `printed` the token as printed.
 */
export function misreadOperativeNumber(text: string, expected: number): RegExpExecArray | null {
  const m = MISREAD.exec(text);
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

/**
 * The line may open a paragraph with a misread number: a look-alike token and a capitalised
 * word ("ll. Calls", "4, Demands"). Block segmentation starts a block there, so that the
 * paragraph is not appended to the one before; classification then asks the sequence.
 */
export function opensMisreadNumber(text: string): boolean {
  const m = MISREAD.exec(text);
  return m?.groups !== undefined && m.groups.printed !== 'I' && /^\p{Lu}\p{Ll}/u.test(text.slice(m[0].length));
}
