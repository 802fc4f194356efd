/** Arabic-Indic, Persian and full-width digits → ASCII, so ids match across languages. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
export const isRoman = (s: string): boolean => s.length > 0 && ROMAN.test(s.toLowerCase());

/**
 * The Latin letter for a printed sub-paragraph letter: its position in the language's
 * alphabet picks the Latin letter at the same position ("б" → "b", "ج" → "c").
 */
export function latinLetter(printed: string, alphabet: string[]): string | null {
  const k = alphabet.indexOf(printed);
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
