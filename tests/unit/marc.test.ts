import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { marcRecord, symbolField, toMarcCollection, toMarcXml } from '../../src/exports/marc.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { ingest } from '../../src/ingest/index.ts';
import { type Document, LANGUAGES } from '../../src/model/document.ts';

const NS = 'http://www.loc.gov/MARC21/slim';
const SITE = 'https://library.example.org/resolu/';
const OPTIONS = { site: SITE, entered: '2025-12-17' };
// Written out again here, so that a wrong entry in src/exports/marc.ts fails.
const CODES = { ar: 'ara', en: 'eng', es: 'spa', fr: 'fre', ru: 'rus', zh: 'chi' };
const BODIES: Record<string, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  ECOSOC: 'Economic and Social Council',
  HRC: 'Human Rights Council',
  ESCAP: 'Economic and Social Commission for Asia and the Pacific',
};

/** A text read as the build reads it, with editors' metadata when given. */
async function read(path: string, editorial: Record<string, string> = {}): Promise<Document> {
  const file = path.split('/').at(-1)!;
  const result = await ingest(file, new Uint8Array(readFileSync(path)), { source: file, ...editorial });
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.document;
}

interface Field {
  ind1: string;
  ind2: string;
  sub: [string, string][];
}

/** The record parsed back, by tag. */
function parse(xml: string) {
  const dom = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  expect(dom.querySelector('parsererror'), xml).toBeNull();
  const record = dom.documentElement;
  expect(record.namespaceURI).toBe(NS);
  expect(record.localName).toBe('record');
  const children = [...record.children];
  for (const c of children) expect(c.namespaceURI).toBe(NS);
  const control = (tag: string) =>
    children.filter((c) => c.localName === 'controlfield' && c.getAttribute('tag') === tag).map((c) => c.textContent!);
  const fields = (tag: string): Field[] =>
    children
      .filter((c) => c.localName === 'datafield' && c.getAttribute('tag') === tag)
      .map((c) => ({
        ind1: c.getAttribute('ind1')!,
        ind2: c.getAttribute('ind2')!,
        sub: [...c.children].map((s) => [s.getAttribute('code')!, s.textContent!] as [string, string]),
      }));
  const one = (tag: string, code: string): string | undefined => {
    const found = fields(tag);
    expect(found.length, tag).toBeLessThanOrEqual(1);
    return found[0]?.sub.find(([c]) => c === code)?.[1];
  };
  return { dom, record, children, control, fields, one };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('MARC 21 records (marc.xml)', () => {
  let docs: Document[];
  beforeAll(async () => {
    const real = (await loadCorpus('seeds', 'content')).documents;
    const fixtures = (await loadCorpus('tests/fixtures/site/seeds', 'tests/fixtures/site/content')).documents;
    const web = await Promise.all(
      ['en_a-res-80-1.txt', 'en_s-res-87-1950.txt', 'ru_s-res-1913-2010.txt', 'zh_a-es-11-l-1-page2.txt'].map((f) =>
        read(`tests/fixtures/corpus/web/${f}`),
      ),
    );
    docs = [...real, ...fixtures, ...web];
    expect(real.length).toBe(readdirSync('seeds').filter((f) => f.endsWith('.txt')).length);
    // Two corpora and four texts ingested: more than the default 10 s on a busy machine.
  }, 60_000);

  it('is well-formed MARCXML with a leader, 001 and a 40-position 008', () => {
    for (const d of docs) {
      const { record, control, children } = parse(toMarcXml(d, OPTIONS));
      expect(record.getAttribute('xsi:schemaLocation')).toContain('MARC21slim.xsd');
      expect(children[0].localName).toBe('leader');
      expect(children[0].textContent).toMatch(/^\d{5}nam a22\d{5}3c 4500$/);
      expect(control('001')).toEqual([`resolu-${d.language}-${d.slug}`]);
      const f008 = control('008')[0];
      expect(f008, d.slug).toHaveLength(40);
      expect(f008.slice(0, 6)).toBe('251217');
      expect(f008.slice(35, 38)).toBe(CODES[d.language]);
      expect(f008[28]).toBe('i'); // international intergovernmental publication
      if (d.metadata.date) expect(f008.slice(6, 15)).toBe(`e${d.metadata.date.replace(/-/g, '')}`);
      else expect(f008.slice(6, 15)).toBe('nuuuuuuuu');
      // Tags in order, as MARC wants them.
      const tags = children.slice(1).map((c) => c.getAttribute('tag')!);
      expect(tags).toEqual([...tags].sort());
    }
  });

  it('writes no empty field and no empty subfield', () => {
    for (const d of docs) {
      const { children } = parse(toMarcXml(d, OPTIONS));
      for (const c of children.filter((x) => x.localName === 'datafield')) {
        expect(c.children.length, `${d.slug} ${c.getAttribute('tag')}`).toBeGreaterThan(0);
        expect(c.getAttribute('ind1')).toMatch(/^[ 0-9]$/);
        expect(c.getAttribute('ind2')).toMatch(/^[ 0-9]$/);
        for (const s of c.children) {
          expect(s.localName).toBe('subfield');
          expect(s.getAttribute('code')).toMatch(/^[a-z0-9]$/);
          expect(s.textContent!.trim(), `${d.slug} ${c.getAttribute('tag')}$${s.getAttribute('code')}`).not.toBe('');
        }
      }
    }
  });

  it('gives symbol (191), title (245), language (041), date (260) and body (110 or 710) from the model', () => {
    for (const d of docs) {
      const m = d.metadata;
      const { fields, one } = parse(toMarcXml(d, OPTIONS));
      expect(one('041', 'a')).toBe(CODES[d.language]);
      expect(one('191', 'a')).toBe(m.symbol ?? undefined);
      expect(one('245', 'a')).toBe(m.title ? clean(m.title) : undefined);
      expect(one('260', 'b')).toBe('United Nations');
      expect(one('260', 'c')).toBe(m.date ?? undefined);
      const bodies = [...fields('110'), ...fields('710')];
      if (m.body && BODIES[m.body]) {
        expect(
          bodies.map((f) => f.sub),
          d.slug,
        ).toEqual([
          [
            ['a', 'United Nations'],
            ['b', BODIES[m.body]],
          ],
        ]);
        // The body is the author of its own resolutions and decisions, and the 245 says so.
        const main = ['resolution', 'decision'].includes(m.type);
        expect(fields(main ? '110' : '710'), d.slug).toHaveLength(1);
        if (m.title) expect(fields('245')[0].ind1).toBe(main ? '1' : '0');
      } else expect(bodies, d.slug).toEqual([]);
    }
  });

  it('links the page here and, with a symbol, the six official versions on undocs.org (856)', () => {
    for (const d of docs) {
      const links = parse(toMarcXml(d, OPTIONS)).fields('856');
      const url = (f: Field) => f.sub.find(([c]) => c === 'u')?.[1];
      expect(links.filter((f) => f.ind2 === '0').map(url)).toEqual([`${SITE}${d.language}/${d.slug}/`]);
      expect(links.filter((f) => f.ind2 === '1').map(url)).toEqual(
        d.metadata.symbol ? LANGUAGES.map((l) => `https://undocs.org/${l}/${d.metadata.symbol}`) : [],
      );
    }
  });

  it('reads a resolution of the General Assembly as the UN Digital Library would', async () => {
    const doc = docs.find((d) => d.slug === 'a-res-80-173')!;
    const { fields, one } = parse(toMarcXml(doc, OPTIONS));
    expect(fields('191')[0].sub).toEqual([
      ['a', 'A/RES/80/173'],
      ['b', 'A/'],
      ['c', '80'],
    ]);
    expect(fields('110')[0]).toMatchObject({ ind1: '2', ind2: ' ' });
    expect(one('260', 'a')).toBe('[New York]');
    expect(one('245', 'a')).toMatch(/^Document final de la réunion de haut niveau/);
    // A French title filed without its article.
    const draft = docs.find((d) => d.slug === 'a-c-2-78-l-11')!;
    expect(parse(toMarcXml(draft, OPTIONS)).fields('245')[0]).toMatchObject({ ind1: '0', ind2: '4' });
    // 1948: not yet at Headquarters, so no place is given.
    const council = docs.find((d) => d.metadata.symbol === 'S/RES/53(1948)')!;
    expect(parse(toMarcXml(council, OPTIONS)).one('260', 'a')).toBeUndefined();
    expect(parse(toMarcXml(council, OPTIONS)).control('008')[0].slice(15, 18)).toBe('xx ');
  });

  it('splits a symbol into series ($b) and session ($c) only where the symbol has them', () => {
    const cases: Record<string, string[]> = {
      'A/RES/80/173': ['A/RES/80/173', 'A/', '80'],
      'A/C.2/78/L.11': ['A/C.2/78/L.11', 'A/C.2/', '78'],
      'E/RES/2023/1': ['E/RES/2023/1', 'E/', '2023'],
      'A/HRC/RES/52/1': ['A/HRC/RES/52/1', 'A/HRC/', '52'],
      'A/ES-11/L.1': ['A/ES-11/L.1', 'A/', 'ES-11'],
      'ESCAP/RES/80/1': ['ESCAP/RES/80/1', 'ESCAP/', '80'],
      'S/RES/87(1950)': ['S/RES/87(1950)'],
      'A/CONF.157/24(PartI)': ['A/CONF.157/24(PartI)'],
    };
    for (const [symbol, expected] of Object.entries(cases))
      expect(
        symbolField(symbol)
          .filter(([, v]) => v)
          .map(([, v]) => v),
        symbol,
      ).toEqual(expected);
  });

  it('gives the editors’ notes (500) and series (490), and leaves out what nobody knows', async () => {
    const doc = await read('seeds/003_2967aea80cfa68d8.txt', {
      series: 'Notre Programme commun — Note d’orientation no 5',
      notes: 'La couverture manque au texte extrait.',
    });
    const { fields, one, control } = parse(toMarcXml(doc, OPTIONS));
    expect(one('500', 'a')).toBe('La couverture manque au texte extrait.');
    expect(fields('490')).toEqual([
      { ind1: '0', ind2: ' ', sub: [['a', 'Notre Programme commun — Note d’orientation no 5']] },
    ]);
    expect(doc.metadata).toMatchObject({ symbol: null, date: null, body: null });
    for (const tag of ['191', '110', '710']) expect(fields(tag), tag).toEqual([]);
    expect(fields('260')[0].sub).toEqual([['b', 'United Nations']]);
    expect(control('008')[0].slice(6, 18)).toBe('nuuuuuuuuxx ');
    // Without notes, no 500; without the date the records were entered, the fill character.
    const plain = parse(toMarcXml(await read('seeds/003_2967aea80cfa68d8.txt'), { site: SITE }));
    expect(plain.fields('500')).toEqual([]);
    expect(plain.control('008')[0].slice(0, 6)).toBe('||||||');
  });

  it('keeps every character as text: a hostile title, notes and symbol', async () => {
    const hostile = docs.find((d) => d.file === 'hostile.txt')!;
    const xml = toMarcXml(hostile, OPTIONS);
    expect(xml).toContain("Titre &lt;script&gt;alert('titre')&lt;/script&gt; du document");
    const { dom, one } = parse(xml);
    expect(dom.getElementsByTagName('script')).toHaveLength(0);
    expect(one('245', 'a')).toBe("Titre <script>alert('titre')</script> du document");

    const evil = 'A "quoted" <b>bold</b> & ]]> <!-- x --> title\u0007\f';
    const doc = await read('tests/fixtures/site/seeds/hostile.txt', {
      title: evil,
      notes: '</subfield></datafield><datafield tag="999"> & "',
      series: "<?xml x?> 'series'",
      symbol: 'A/RES/99/1"><x',
    });
    const back = parse(toMarcXml(doc, OPTIONS));
    expect(back.one('245', 'a')).toBe('A "quoted" <b>bold</b> & ]]> <!-- x --> title');
    expect(back.one('500', 'a')).toBe('</subfield></datafield><datafield tag="999"> & "');
    expect(back.one('490', 'a')).toBe("<?xml x?> 'series'");
    expect(back.one('191', 'a')).toBe('A/RES/99/1"><x');
    expect(back.fields('999')).toEqual([]);
    expect(back.dom.getElementsByTagName('b')).toHaveLength(0);
  });

  it('puts every record in one collection (catalog.marc.xml)', () => {
    const xml = toMarcCollection(docs, OPTIONS);
    const dom = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(dom.querySelector('parsererror')).toBeNull();
    expect(dom.documentElement.localName).toBe('collection');
    expect(dom.documentElement.namespaceURI).toBe(NS);
    const records = [...dom.documentElement.children];
    expect(records.map((r) => r.localName)).toEqual(docs.map(() => 'record'));
    expect(records.map((r) => r.querySelector('controlfield[tag="001"]')!.textContent)).toEqual(
      docs.map((d) => `resolu-${d.language}-${d.slug}`),
    );
    // The same record as in marc.xml, namespace aside.
    expect(xml).toContain(marcRecord(docs[0], OPTIONS, '  '));
  });
});
