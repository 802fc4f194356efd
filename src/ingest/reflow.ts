import type { Diagnostic } from '../model/document.ts';

/**
 * Evidence for reflow decisions: a list of word forms when the language has one, and the
 * words of the document itself (corpus evidence), so that names and terms missing from
 * the list ("multipartite", "Asie-Pacifique") are judged by how the text spells them
 * elsewhere.
 */
export interface Lexicon {
  words: Set<string> | null;
  corpus: Map<string, number>;
  /**
   * The letters that are words of the language on their own (Spanish "a", "y", "o"; French
   * "a", "à", "y"). Word lists are unreliable on single letters (the Spanish list has none,
   * the English one has "u" and "y"), so a one-letter piece is judged by this table alone.
   */
  letterWords?: ReadonlySet<string>;
}

export function corpusOf(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const known = (lex: Lexicon, w: string): boolean =>
  lex.words?.has(w) === true || lex.words?.has(w.toLowerCase()) === true;
const seen = (lex: Lexicon, w: string): number => lex.corpus.get(w.toLowerCase()) ?? 0;

type Report = (d: Omit<Diagnostic, 'file'>) => void;

/**
 * Joins the lines of a block into one string. A line-end hyphen between letters is
 * dropped when the joined word is a known word (or, failing a word list, when the text
 * spells it joined elsewhere), and kept when the hyphenated compound is known or both
 * halves are words and the joined form is not (Asie-Pacifique, bien-être, public-privé).
 * Undecidable cases keep the hyphen and are reported.
 */
export function joinLines(lines: { text: string; line: number }[], lex: Lexicon, report: Report): string {
  let out = lines[0]?.text ?? '';
  for (let k = 1; k < lines.length; k++) {
    const next = lines[k].text;
    // Only a line ending in a hyphen needs a look at its last word; the regex runs on the
    // tail alone, because anchored at the end it would still try every start position.
    const tail = out.endsWith('-') ? out.slice(-128) : '';
    const hy = /(?<a>[\p{L}]+)-$/u.exec(tail);
    const nb = /^(?<b>[\p{L}]+)/u.exec(next);
    if (/\s-$/.test(tail) && /^\p{L}/u.test(next)) {
      // "Haute -" + "Représentante": a hyphen set off by a stray space, a compound.
      out = out.replace(/\s-$/, '-') + next;
    } else if (hy?.groups && nb?.groups) {
      const { a } = hy.groups;
      const { b } = nb.groups;
      const joined = a + b;
      const compound = `${a}-${b}`;
      let keep: boolean;
      if (known(lex, joined) && !known(lex, compound)) keep = false;
      else if (known(lex, compound) || (known(lex, a) && known(lex, b) && !known(lex, joined) && lex.words))
        keep = true;
      else if (seen(lex, joined) > 0 || seen(lex, compound) > 0) keep = seen(lex, compound) > seen(lex, joined);
      else if (/^\p{Lu}/u.test(b) && /\p{Ll}/u.test(b))
        keep = true; // a capitalised second half: a proper-name compound
      else {
        keep = !lex.words ? true : /\p{Lu}{2}/u.test(a + b) ? false : !known(lex, joined);
        // With a word list, an unknown joined form in lower case is most often a term the
        // list lacks (e.g. technical words): keep the hyphen, and report it for review.
        report({
          line: lines[k].line,
          severity: 'info',
          code: 'hyphen-undecided',
          message: `kept "${compound}" at a line end: neither the word list nor the text decides`,
        });
      }
      out = keep ? out + next : out.slice(0, -1) + next;
    } else {
      out = `${out} ${next}`;
    }
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

/**
 * Is this piece a word of the language on its own? A single letter: only when the
 * language table says so. Longer: when the word list knows it, or when the document
 * writes it standing alone elsewhere (its own count is one, so a second one is evidence).
 */
function standsAlone(lex: Lexicon, w: string): boolean {
  if ([...w].length === 1) return lex.letterWords?.has(w) === true;
  return known(lex, w) || seen(lex, w) >= 2;
}

/**
 * May the two neighbouring pieces `x` and `y` be one word cut in two? Never when each is a
 * word on its own ("a la", "reconocer a", "a cabo"): the list's verdict on their
 * concatenation ("ala", "acabo") says nothing about what was printed. Otherwise the joined
 * form must be a word (list or document). A lone letter that is not a word beside a real
 * word ("d of", "m or": a sub-paragraph letter, an initial) joins only when the document
 * itself writes the joined form, since a word list holds many rare forms ("dof", "mor").
 */
export function piecesJoin(lex: Lexicon, x: string, y: string): boolean {
  const xWord = standsAlone(lex, x);
  const yWord = standsAlone(lex, y);
  if (xWord && yWord) return false;
  const joined = x + y;
  const writtenJoined = seen(lex, joined) > 0;
  if (!known(lex, joined) && !writtenJoined) return false;
  const loneLetter = (w: string, isWord: boolean) => !isWord && [...w].length === 1;
  if ((loneLetter(x, xWord) && yWord) || (loneLetter(y, yWord) && xWord)) return writtenJoined;
  return true;
}

/**
 * Repairs spacing debris left by PDF extraction: a space before an apostrophe after an
 * elided article ("l ’information", only for the elided forms the language table lists:
 * elsewhere an apostrophe may open a word, "Khawr ’Abd Allah"), and a word cut in two
 * ("pu isse", "e t") when `piecesJoin` allows it. Every repair is reported.
 */
export function repairSpacing(
  text: string,
  lex: Lexicon,
  elisions: RegExp | undefined,
  report: (from: string, to: string) => void,
): string {
  // A space before an apostrophe is rare; look for one before running the regex on the block.
  const spacedApostrophe = elisions && (text.includes(' ’') || text.includes(" '"));
  let out = !spacedApostrophe
    ? text
    : text.replace(/(?<![\p{L}])(\p{L}{1,8}) ([’'])(?=\p{L})/gu, (all, e: string, q: string) => {
        if (!elisions.test(e)) return all;
        report(all, e + q);
        return e + q;
      });
  if (!lex.words) return out;
  // Look at every pair of neighbouring lower-case words (overlapping pairs, so that in
  // "recommandations e t des" the pair "e t" is seen).
  const word = /(?<![\p{L}\p{N}’'\-/.])\p{Ll}+(?![\p{L}\p{N}’'\-/])/gu;
  // Each word is looked up once (it stands in two pairs); most pairs are two words that
  // stand alone, which costs no further lookup.
  const tokens = [...out.matchAll(word)].map((m) => ({ w: m[0], at: m.index, alone: standsAlone(lex, m[0]) }));
  const joins: { at: number; end: number; to: string }[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const x = tokens[k];
    const y = tokens[k + 1];
    if ((x.alone && y.alone) || y.at !== x.at + x.w.length + 1 || out[x.at + x.w.length] !== ' ') continue;
    if (!piecesJoin(lex, x.w, y.w)) continue;
    joins.push({ at: x.at, end: y.at + y.w.length, to: x.w + y.w });
    k++; // a token joins at most once
  }
  for (const j of joins.reverse()) {
    report(out.slice(j.at, j.end), j.to);
    out = out.slice(0, j.at) + j.to + out.slice(j.end);
  }
  return out;
}
