/** Arabic-Indic, Persian and full-width digits → ASCII, so ids match across languages. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

const HAN_DIGITS = '〇一二三四五六七八九';
/** A Chinese numeral below 1000 ("一" 1, "十二" 12, "二十" 20, "一百零五" 105), or null. */
export function numeralValue(printed: string): number | null {
  if (!/^[〇零一二三四五六七八九十百]+$/u.test(printed)) return null;
  let total = 0;
  let digit = -1;
  for (const c of printed) {
    const d = HAN_DIGITS.indexOf(c);
    if (d >= 0) digit = d;
    else if (c === '零') digit = 0;
    else {
      total += (digit < 0 ? 1 : digit) * (c === '十' ? 10 : 100);
      digit = -1;
    }
  }
  return total + (digit > 0 ? digit : 0);
}

/** A number written digit by digit in Chinese ("一九五〇" 1950), as ASCII digits; other text unchanged. */
export const hanDigits = (printed: string): string =>
  /^[〇零一二三四五六七八九]+$/u.test(printed)
    ? [...printed].map((c) => (c === '零' ? '0' : String(HAN_DIGITS.indexOf(c)))).join('')
    : printed;

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
export const isRoman = (s: string): boolean => s.length > 0 && ROMAN.test(s.toLowerCase());

/**
 * The Latin letter for a printed sub-paragraph letter: its position in the language's
 * alphabet picks the Latin letter at the same position ("б" → "b", "ج" → "c").
 */
export function latinLetter(printed: string, alphabet: string[]): string | null {
  const k = alphabet.indexOf(printed);
  // A Latin letter in a text whose own series is another ("(a)" in a Chinese text) is itself.
  if (k < 0 && /^[a-z]$/.test(printed)) return printed;
  return k >= 0 && k < 26 ? String.fromCharCode(97 + k) : null;
}

/** Makes ids unique on a page: a repeated id gets "-2", "-3"… (and is reported by the caller). */
export class IdRegistry {
  private used = new Set<string>();
  has(id: string): boolean {
    return this.used.has(id);
  }
  claim(id: string): string {
    let unique = id;
    for (let k = 2; this.used.has(unique); k++) unique = `${id}-${k}`;
    this.used.add(unique);
    return unique;
  }
}
