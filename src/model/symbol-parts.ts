/**
 * UN document symbols, part by part: the one table of their components, shared by ingest
 * (a word with slashes is a symbol only when it opens with a series below, so "et/ou" or
 * "km/h" never become links) and by the site (which explains each part in the reader's
 * language). It lives in the model because both read it; the names are interface strings
 * (src/i18n/locales, keys `symbol.…`, or `body.…` for the organs the site already names).
 *
 * A value is the key naming the part, or null for a series recognised in running text that
 * the site does not explain: it is shown as printed, with no invented meaning.
 * Add a series here when a new kind of document turns up.
 */
export const SERIES: Record<string, string | null> = {
  A: 'body.GA',
  E: 'body.ECOSOC',
  S: 'body.SC',
  ST: 'symbol.series.ST',
  TD: 'symbol.series.TD',
  UNEP: 'symbol.series.UNEP',
  ECE: 'symbol.series.ECE',
  ESCAP: 'body.ESCAP',
  ECA: 'symbol.series.ECA',
  ECLAC: 'symbol.series.ECLAC',
  ESCWA: 'symbol.series.ESCWA',
  CEDAW: 'symbol.series.CEDAW',
  CRC: 'symbol.series.CRC',
  CCPR: 'symbol.series.CCPR',
  CERD: 'symbol.series.CERD',
  CAT: 'symbol.series.CAT',
  CRPD: 'symbol.series.CRPD',
  DP: null,
  UNW: null,
  ICCD: null,
  FCCC: 'symbol.series.FCCC',
  JIU: 'symbol.series.JIU',
  SG: null,
  UNITAR: null,
  IDB: null,
  PBC: 'symbol.series.PBC',
  APLC: null,
  CD: 'symbol.series.CD',
  CCW: null,
  BWC: null,
  NPT: null,
  TRADE: null,
  UNCITRAL: null,
  HRI: null,
  UNODC: null,
  UNHCR: null,
  EC: null,
};

/** First components of UN document symbols (the keys of SERIES). */
export const SYMBOL_SERIES = Object.keys(SERIES);

/**
 * The components after the series, by their letters. `number` says what a number joined
 * to them is: part of the same name ("Rev.1", revision 1; "C.2"), an ordinal session
 * ("ES-11", the eleventh emergency special session), or the number of a document or
 * meeting in the series they open, printed apart ("L." · "11").
 */
export interface Component {
  key: string;
  number?: 'named' | 'ordinal' | 'document' | 'meeting';
}
export const COMPONENTS: Record<string, Component> = {
  RES: { key: 'symbol.part.RES' },
  DEC: { key: 'symbol.part.DEC' },
  PRST: { key: 'symbol.part.PRST' },
  INF: { key: 'symbol.part.INF' },
  SGB: { key: 'symbol.part.SGB' },
  AI: { key: 'symbol.part.AI' },
  GC: { key: 'symbol.part.GC' },
  HRC: { key: 'body.HRC' },
  L: { key: 'symbol.part.L', number: 'document' },
  CRP: { key: 'symbol.part.CRP', number: 'document' },
  WP: { key: 'symbol.part.WP', number: 'document' },
  PV: { key: 'symbol.part.PV', number: 'meeting' },
  SR: { key: 'symbol.part.SR', number: 'meeting' },
  Rev: { key: 'symbol.part.Rev', number: 'named' },
  Corr: { key: 'symbol.part.Corr', number: 'named' },
  Add: { key: 'symbol.part.Add', number: 'named' },
  C: { key: 'symbol.part.C', number: 'named' },
  AC: { key: 'symbol.part.AC', number: 'named' },
  CN: { key: 'symbol.part.CN', number: 'named' },
  CONF: { key: 'symbol.part.CONF', number: 'named' },
  WG: { key: 'symbol.part.WG', number: 'named' },
  ES: { key: 'symbol.part.ES', number: 'ordinal' },
  S: { key: 'symbol.part.S', number: 'ordinal' },
};

/** The General Assembly's six Main Committees (A/C.1 … A/C.6), by their own names. */
export const MAIN_COMMITTEES: Record<string, string> = {
  'C.1': 'symbol.part.C.1',
  'C.2': 'symbol.part.C.2',
  'C.3': 'symbol.part.C.3',
  'C.4': 'symbol.part.C.4',
  'C.5': 'symbol.part.C.5',
  'C.6': 'symbol.part.C.6',
};

/** Numbers that are not the document's own: a year, else a session. */
const YEAR = /^(?:19[4-9]\d|20\d\d)$/;

/**
 * What one part means: an interface-string key and its values; `nth` is a number to be
 * written as an ordinal in the reader's language. No meaning: shown as printed.
 */
export interface SymbolPart {
  printed: string;
  meaning?: { key: string; values?: { n?: number; nth?: number; year?: number } };
}

/** Roman numerals as early sessions print them ("XXVI" → 26), or null. */
export function romanToNumber(roman: string): number | null {
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const v = value[roman[k]];
    total += k + 1 < roman.length && value[roman[k + 1]] > v ? -v : v;
  }
  return total;
}

const lookup = (code: string): Component | undefined =>
  COMPONENTS[code] ??
  Object.entries(COMPONENTS).find(([k]) => k.toLowerCase() === code.toLowerCase() && code.length > 1)?.[1];

/** One symbol (no joint), part by part. */
function single(symbol: string): SymbolPart[] {
  // "2758(XXVI)", "242 (1967)": the parenthesised part is a part of its own.
  const tokens = symbol
    .split('/')
    .flatMap((t) => /^(.*?)\s*(\([^()]*\))$/.exec(t)?.slice(1) ?? [t])
    .filter((t) => t !== '');
  const series = tokens[0];
  // A series not in the table: its grammar is unknown, so nothing is explained.
  if (!(series in SERIES)) return tokens.map((printed) => ({ printed }));
  const parts: SymbolPart[] = [];
  // Plain numbers: the last is the document's own number, unless "L.11" and the like follow
  // it; the others are years or sessions.
  let numbers: SymbolPart[] = [];
  tokens.forEach((token, k) => {
    if (k === 0) {
      const key = SERIES[token];
      parts.push(key ? { printed: token, meaning: { key } } : { printed: token });
      return;
    }
    if (/^\d+$/.test(token)) {
      const part: SymbolPart = { printed: token };
      numbers.push(part);
      parts.push(part);
      return;
    }
    const paren = /^\((.*)\)$/.exec(token)?.[1];
    if (paren !== undefined) {
      const session = romanToNumber(paren);
      if (YEAR.test(paren))
        parts.push({ printed: token, meaning: { key: 'symbol.adoptedIn', values: { year: +paren } } });
      else if (session)
        parts.push({ printed: token, meaning: { key: 'symbol.adoptedAtSession', values: { nth: session } } });
      else parts.push({ printed: token });
      return;
    }
    if (series === 'A' && MAIN_COMMITTEES[token]) {
      parts.push({ printed: token, meaning: { key: MAIN_COMMITTEES[token] } });
      return;
    }
    const m = /^([A-Za-z]+)(?:([.-])(\d+))?$/.exec(token);
    const component = m ? lookup(m[1]) : undefined;
    if (!m || !component || (m[3] === undefined) !== (component.number === undefined)) {
      parts.push({ printed: token });
      return;
    }
    const [, code, sep, digits] = m;
    const n = Number(digits);
    if (component.number === undefined) parts.push({ printed: token, meaning: { key: component.key } });
    else if (component.number === 'named')
      parts.push({ printed: token, meaning: { key: component.key, values: { n } } });
    else if (component.number === 'ordinal')
      parts.push({ printed: token, meaning: { key: component.key, values: { nth: n } } });
    else {
      parts.push({ printed: `${code}${sep}`, meaning: { key: component.key } });
      parts.push({
        printed: digits,
        meaning: { key: component.number === 'meeting' ? 'symbol.meeting' : 'symbol.number' },
      });
      for (const p of numbers) p.meaning = sessionOrYear(p.printed);
      numbers = [];
    }
  });
  const own = numbers.pop();
  if (own) own.meaning = { key: 'symbol.number' };
  for (const p of numbers) p.meaning = sessionOrYear(p.printed);
  return parts;
}

const sessionOrYear = (printed: string): SymbolPart['meaning'] =>
  YEAR.test(printed) ? { key: 'symbol.year' } : { key: 'symbol.session', values: { nth: Number(printed) } };

/** The symbols of a document issued under two ("A/78/62-E/2023/49"), or the one. */
export function jointSymbols(symbol: string): string[] {
  return symbol.trim().split(/-(?=[A-Z]+\/)/);
}

/**
 * A symbol, part by part: one list per symbol, two for a document issued under two
 * ("A/78/62-E/2023/49"). Parts the table does not know are kept as printed, unexplained.
 */
export function symbolParts(symbol: string): SymbolPart[][] {
  return jointSymbols(symbol).map(single);
}
