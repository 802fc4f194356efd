import { NUMBER_AND_TITLE } from './metadata.ts';
import { isSymbol } from './symbols.ts';

/** What a page's running head is, learnt from the document itself. */
export interface RunningHeads {
  /** The line (trimmed) is a running head: the document's symbol, alone or with its short title. */
  isHead(line: string, index: number): boolean;
  /**
   * A running head glued to the text below it ("A/RES/80/3 Awaza Political Declaration
   * partnerships” …", or title first: "… Trafficking in Persons A/RES/80/9 9. We commit …"):
   * the text, or null.
   */
  unglue(line: string): string | null;
  /** The short title printed under a symbol-only head, on the next line. */
  isTitleUnder(line: string): boolean;
  /**
   * Where a short title stands inside a line after a sentence's end ("1 Resolution S-10/2.
   * Possible risks of … into distortions …"): a converter flattened a page's notes, the
   * next page's head and the text that goes on there onto one line. The title's start and
   * end, or null.
   */
  titleInside(line: string): { start: number; end: number } | null;
}

const unpunctuated = (t: string): boolean => t.length <= 200 && !/[.,;:!?،؛。；，：]$/u.test(t);

/**
 * Running heads repeat the document's own symbol, which the masthead prints first (on a
 * line of its own or beside "United Nations"); after that, a line that is the symbol, or the
 * symbol and an unpunctuated short title, is page furniture. The short titles so found
 * (and the printed title) let a head glued to the next line of text be taken off it.
 */
export function runningHeads(lines: string[]): RunningHeads {
  let own: string | null = null;
  let firstAt = -1;
  let title: string | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 40; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    if (!own) {
      const token = t.split(/\s+/).find((w) => isSymbol(w));
      if (token) {
        own = token;
        firstAt = i;
      }
    }
    const numbered = NUMBER_AND_TITLE.exec(t);
    if (numbered && !title) title = numbered.groups!.title.trim();
  }
  const symbol = own;
  // The head's short title, beside the symbol: after it (odd pages) or before it (even pages).
  const titleOf = (t: string): string | null => {
    if (symbol === null) return null;
    const title = t.startsWith(`${symbol} `)
      ? t.slice(symbol.length + 1)
      : t.endsWith(` ${symbol}`)
        ? t.slice(0, -symbol.length - 1)
        : null;
    return title !== null && unpunctuated(title) ? title.trim() : null;
  };
  const headAt = (t: string, i: number): boolean =>
    symbol !== null && i > firstAt && (t === symbol || titleOf(t) !== null);
  const shortTitles = new Set<string>();
  lines.forEach((l, i) => {
    const t = l.trim();
    const short = headAt(t, i) ? titleOf(t) : null;
    if (short) shortTitles.add(short);
  });
  if (title) shortTitles.add(title);
  const titles = [...shortTitles].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  return {
    isHead: headAt,
    unglue: (t) => {
      if (!symbol) return null;
      // Odd pages print the symbol first, even pages the title first: either order.
      const title = titles.find((s) => t.startsWith(`${s} ${symbol} `));
      if (title) return t.slice(title.length + symbol.length + 2).trim() || null;
      if (!t.startsWith(`${symbol} `)) return null;
      const rest = t.slice(symbol.length + 1);
      const head = titles.find((s) => rest.startsWith(`${s} `));
      return head ? rest.slice(head.length + 1).trim() : null;
    },
    isTitleUnder: (t) => titles.some((s) => s === t || (s.startsWith(t) && t.length >= 12)),
    titleInside: (t) => {
      for (const s of titles.filter((x) => x.length >= 20)) {
        const k = t.indexOf(` ${s} `);
        if (k > 0 && /[.;:!?”’")]$/u.test(t.slice(0, k))) return { start: k + 1, end: k + 1 + s.length };
      }
      return null;
    },
  };
}
