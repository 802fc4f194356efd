import { LOCALES } from '../i18n/index.ts';
import { type Document, LANGUAGES, type Language } from '../model/document.ts';
import { xmlEscape } from './xml.ts';

/**
 * A MARC 21 bibliographic record in MARCXML (http://www.loc.gov/MARC21/slim), which Koha,
 * Alma and FOLIO import as it is. Only what the model knows is written: a field whose value
 * is unknown is left out, and the coded positions say "unknown" or hold the fill character.
 *
 *   leader  new (n), language material (a), monograph (m) as UNBIS treats documents,
 *           Unicode (a), abbreviated level (3: machine-made), ISBD punctuation omitted (c)
 *   001     resolu-{lang}-{slug}, unique per page
 *   008     detailed date (e yyyymmdd) or none (n uuuuuuuu), place, online (o),
 *           international intergovernmental publication (i), language
 *   041     language (MARC code)
 *   110     the body, for its own resolutions and decisions; 710 for any other document
 *   191     UN document symbol, series and session (UNBIS)
 *   245     title                        260  [place], United Nations, date
 *   490     editors' series              500  editors' notes
 *   856     this page (40), the official versions on undocs.org in the six languages (41)
 */
export const MARC_NAMESPACE = 'http://www.loc.gov/MARC21/slim';
const SCHEMA_LOCATION = `${MARC_NAMESPACE} http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd`;

/** MARC language codes (bibliographic: chi, fre), not ISO 639-2/T. */
export const MARC_LANGUAGE: Record<Language, string> = {
  ar: 'ara',
  en: 'eng',
  es: 'spa',
  fr: 'fre',
  ru: 'rus',
  zh: 'chi',
};

/** The body's name under "United Nations" (the authorised heading "United Nations. General Assembly"). */
export const MARC_BODY: Record<string, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  ECOSOC: 'Economic and Social Council',
  HRC: 'Human Rights Council',
  ESCAP: 'Economic and Social Commission for Asia and the Pacific',
};

/**
 * Where the body's documents are issued, as 260 $a (bracketed: inferred) and the MARC
 * country code of 008/15-17. The General Assembly and the Security Council at Headquarters
 * (New York since 1952; earlier texts came from Lake Success, Paris…: left out), the Human
 * Rights Council in Geneva, ESCAP in Bangkok. The Economic and Social Council sits in New
 * York and in Geneva: left out.
 */
const PLACE: Record<string, { name: string; code: string; since?: number }> = {
  GA: { name: 'New York', code: 'nyu', since: 1952 },
  SC: { name: 'New York', code: 'nyu', since: 1952 },
  HRC: { name: 'Geneva', code: 'sz ', since: 2006 },
  ESCAP: { name: 'Bangkok', code: 'th ' },
};

/** Initial articles a title is filed without (245 second indicator), per language. */
const ARTICLES: Partial<Record<Language, RegExp>> = {
  en: /^(?:(?:The|An|A) |)/,
  fr: /^(?:(?:Les|Le|La) |L['’]|)/,
  es: /^(?:(?:Los|Las|El|La) |)/,
};

export interface MarcOptions {
  /** The site's public address, ending in "/" (siteUrl()). */
  site: string;
  /** 008/00-05, the date the record was entered (ISO): the collection's newest document date. */
  entered?: string | null;
}

type Subfield = [code: string, value: string | null | undefined];
interface DataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: Subfield[];
}

/** One line of text XML 1.0 can hold: no control characters, whitespace runs as one space. */
const clean = (s: string | null | undefined): string =>
  (s ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The UNBIS 191: $a the symbol; $b the series symbol and $c the session or year when the
 * symbol has them in the usual place, after the series and an optional RES:
 *   A/RES/80/173 → A/ 80 · A/C.2/78/L.11 → A/C.2/ 78 · E/RES/2023/1 → E/ 2023 ·
 *   A/HRC/RES/52/1 → A/HRC/ 52 · A/RES/ES-11/1 → A/ ES-11 · S/RES/87(1950) → $a only.
 */
export function symbolField(symbol: string): Subfield[] {
  const parts =
    /^(?<series>[A-Z]+(?:\/(?!RES\/)[A-Z][A-Za-z]*(?:[.-]\d+)*)*)\/(?:RES\/)?(?<session>(?:ES-)?\d{1,4})\/\S/.exec(
      symbol,
    );
  return [
    ['a', symbol],
    ['b', parts ? `${parts.groups!.series}/` : null],
    ['c', parts?.groups!.session],
  ];
}

function fields(doc: Document, options: MarcOptions): DataField[] {
  const m = doc.metadata;
  const f = (tag: string, ind1: string, ind2: string, ...subfields: Subfield[]): DataField => ({
    tag,
    ind1,
    ind2,
    subfields,
  });
  const body = m.body ? MARC_BODY[m.body] : undefined;
  // The body is the author of what it adopts (main entry); otherwise it is the issuing body.
  const main = body && (m.type === 'resolution' || m.type === 'decision');
  const title = clean(m.title);
  const filing = ARTICLES[doc.language]?.exec(title)?.[0].length ?? 0;
  const place = placeOf(doc);
  const page = `${options.site}${doc.language}/${doc.slug}/`;
  const symbol = clean(m.symbol);
  return [
    f('041', ' ', ' ', ['a', MARC_LANGUAGE[doc.language]]),
    ...(main ? [f('110', '2', ' ', ['a', 'United Nations'], ['b', body])] : []),
    ...(symbol ? [f('191', ' ', ' ', ...symbolField(symbol))] : []),
    f('245', main ? '1' : '0', String(Math.min(filing, 9)), ['a', title]),
    f('260', ' ', ' ', ['a', place && `[${place.name}]`], ['b', 'United Nations'], ['c', m.date]),
    f('490', '0', ' ', ['a', m.series]),
    f('500', ' ', ' ', ['a', m.notes]),
    ...(body && !main ? [f('710', '2', ' ', ['a', 'United Nations'], ['b', body])] : []),
    f('856', '4', '0', ['u', page], ['y', 'Résolu']),
    ...(symbol
      ? LANGUAGES.map((l) =>
          f('856', '4', '1', ['u', `https://undocs.org/${l}/${encodeURI(symbol)}`], ['y', LOCALES[l]['language.name']]),
        )
      : []),
  ];
}

function placeOf(doc: Document): { name: string; code: string } | undefined {
  const place = doc.metadata.body ? PLACE[doc.metadata.body] : undefined;
  if (!place) return undefined;
  if (place.since === undefined) return place;
  const year = Number(doc.metadata.date?.slice(0, 4));
  return year >= place.since ? place : undefined;
}

const leader = (): string =>
  // length and base address (00000) are computed by whoever writes ISO 2709
  '00000nam a22000003c 4500';

/** 008 for books: 40 positions. */
function fixedData(doc: Document, options: MarcOptions): string {
  const entered = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(options.entered ?? '');
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.metadata.date ?? '');
  const value = [
    entered ? entered.slice(1).join('') : '||||||', // 00-05 date entered on file
    date ? `e${date[1]}${date[2]}${date[3]}` : 'nuuuuuuuu', // 06-14 detailed date, or none
    placeOf(doc)?.code ?? 'xx ', // 15-17 place: unknown
    '||||', // 18-21 illustrations: not coded
    ' ', // 22 audience: unknown
    'o', // 23 form of item: online
    '||||', // 24-27 nature of contents: not coded
    'i', // 28 government publication: international intergovernmental
    '|', // 29 conference publication: not coded
    '0', // 30 not a festschrift
    '0', // 31 no index
    ' ', // 32 undefined
    '0', // 33 not fiction
    ' ', // 34 no biographical material
    MARC_LANGUAGE[doc.language], // 35-37
    ' ', // 38 not modified
    'd', // 39 cataloguing source: other
  ].join('');
  if (value.length !== 40) throw new Error(`008 of ${doc.slug} has ${value.length} positions`);
  return value;
}

/** The `<record>` element, indented by `indent`. */
export function marcRecord(doc: Document, options: MarcOptions, indent = ''): string {
  const lines = [
    `<leader>${leader()}</leader>`,
    `<controlfield tag="001">${xmlEscape(`resolu-${doc.language}-${doc.slug}`)}</controlfield>`,
    `<controlfield tag="008">${fixedData(doc, options)}</controlfield>`,
  ];
  for (const field of fields(doc, options)) {
    const subfields = field.subfields
      .map(([code, value]) => [code, clean(value)] as const)
      .filter(([, value]) => value !== '');
    if (subfields.length === 0) continue;
    lines.push(
      `<datafield tag="${field.tag}" ind1="${field.ind1}" ind2="${field.ind2}">`,
      ...subfields.map(([code, value]) => `  <subfield code="${code}">${xmlEscape(value)}</subfield>`),
      '</datafield>',
    );
  }
  return [`${indent}<record>`, ...lines.map((l) => `${indent}  ${l}`), `${indent}</record>`].join('\n');
}

/** marc.xml: one record, as its own document. */
export function toMarcXml(doc: Document, options: MarcOptions): string {
  const record = marcRecord(doc, options).replace(
    /^<record>/,
    `<record xmlns="${MARC_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${record}\n`;
}

/** catalog.marc.xml: every record in one collection, imported in one step. */
export function toMarcCollection(docs: Document[], options: MarcOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<collection xmlns="${MARC_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">`,
    ...docs.map((d) => marcRecord(d, options, '  ')),
    '</collection>',
    '',
  ].join('\n');
}

/** The newest document date, the date the collection's records are entered (008/00-05). */
export const newestDate = (docs: Document[]): string | null =>
  docs.reduce<string | null>(
    (newest, d) => (d.metadata.date && d.metadata.date > (newest ?? '') ? d.metadata.date : newest),
    null,
  );
