import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';

/** What a Security Council resolution of the corpus (tests/fixtures/corpus/cr-unsc/) holds, read without ingest. */
/** S_RES_0242_1967_EN_GOLD.txt → S/RES/242(1967). */
export function truthSymbol(file: string): string {
  const m = /^S_RES_0*(\d+)_(\d{4})_/.exec(file)!;
  return `S/RES/${m[1]}(${m[2]})`;
}

const LOOKALIKE: Record<string, string> = { l: '1', L: '1', i: '1', I: '1', O: '0', o: '0', S: '5' };
/** A line opening with a paragraph number as the volumes print it, OCR errors included. */
const NUMBERED = /^\s*([0-9IlLiOoS]{1,3})\s*([.,])?\s*(?=[A-Za-z_]|\([a-z]\))/;

/**
 * The operative numbers a reader sees in the text: lines that open with the next number
 * (a stop or comma after it, or a capitalised verb), or with 1 to start a new part;
 * quoted lines (another resolution cited whole) do not count; a number out of sequence
 * whose next neighbour keeps the sequence is the number that belongs there.
 */
export function operativeNumbersOf(source: string): number[] {
  const candidates: { k: number; real: boolean; stop: boolean; verb: boolean; lower: boolean }[] = [];
  for (const line of source.split('\n')) {
    const m = NUMBERED.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (!m[2] && !/^\s/.test(line.slice(m[0].length - 1))) continue; // "1946)" and the like
    candidates.push({
      k: Number(m[1].replace(/[IlLiOoS]/g, (c) => LOOKALIKE[c])),
      real: /^\d+$/.test(m[1]),
      stop: Boolean(m[2]),
      verb: /^[A-Z][a-z]+s\s+[a-z]/.test(rest),
      lower: /^[a-z]/.test(rest),
    });
  }
  const out: number[] = [];
  let last = 0;
  candidates.forEach((c, j) => {
    if (c.k === last + 1 && ((c.stop && (c.real || !c.lower)) || (c.real && c.verb))) out.push((last = c.k));
    else if (c.k === 1 && c.real && c.stop) out.push((last = 1));
    else if (c.real && c.stop && last > 0 && candidates[j + 1]?.k === last + 2) out.push((last = last + 1));
  });
  return out;
}

/** All the text the model holds: header, blocks (labels too), notes. */
export function modelText(d: Document): string {
  return [
    ...d.header.map((h) => plainText(h.inlines)),
    ...d.blocks.map((b) => `${b.label ?? ''} ${plainText(b.inlines)}`),
    ...d.footnotes.map((n) => plainText(n.inlines)),
  ].join('\n');
}

/**
 * Words of six letters or more of the source that the model does not hold. A word cut by
 * a line-end hyphen counts joined; a piece of a reported repair of split letters
 * ("involv ing" → "involving") counts as kept when the repaired word is in the model.
 */
export function lostWords(source: string, d: Document): string[] {
  const text = modelText(d);
  const words = new Set(text.match(/\p{L}+/gu) ?? []);
  for (const w of text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []) words.add(w.replace(/-/g, ''));
  const repaired = new Set<string>();
  for (const x of d.diagnostics) {
    const m = /^"(.+)" → "(.+)"$/.exec(x.message);
    if (x.code === 'spacing-repaired' && m && words.has(m[2])) for (const p of m[1].split(' ')) repaired.add(p);
  }
  const joined = source.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu, '$1$2');
  return [...new Set(joined.match(/\p{L}{6,}/gu) ?? [])].filter((w) => !words.has(w) && !repaired.has(w));
}
