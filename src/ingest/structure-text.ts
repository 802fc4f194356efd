import { CALL_CLOSE, CALL_OPEN } from './layout.ts';

/** A block's text without its note-call markers. */
export const withoutCalls = (t: string): string =>
  t.replace(new RegExp(`${CALL_OPEN}[^${CALL_CLOSE}]*${CALL_CLOSE}`, 'gu'), '');

/** Short, unpunctuated at the end, not opening in lower case: a title or heading. */
export function isHeadingLike(text: string): boolean {
  const t = withoutCalls(text).trim();
  return (
    t.length > 0 &&
    t.length <= 250 &&
    !/[.;:,!?…؛،؟。；，：！？]$/u.test(t) &&
    !/^[\p{Ll}(«"“]/u.test(t) &&
    /\p{L}{2}/u.test(t)
  );
}

/** Chart debris: numbers, percentages and short labels scattered by the extraction. */
export const isFragment = (t: string): boolean =>
  t.length <= 120 && !/[.;:!?]$/u.test(t.trim()) && t.split(' ').length <= 16;
