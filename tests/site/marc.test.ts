import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/document.ts';
import { FIXTURE_SITE, FIXTURE_SITE_URL } from '../global-setup.ts';

const NS = 'http://www.loc.gov/MARC21/slim';

/** The document pages of a site: /{lang}/{slug}/ folders that hold a document's data.json. */
const pages = (site = 'dist'): string[] =>
  LANGUAGES.flatMap((lang) =>
    existsSync(`${site}/${lang}`)
      ? readdirSync(`${site}/${lang}`, { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(`${site}/${lang}/${e.name}/data.json`))
          .map((e) => `${lang}/${e.name}`)
      : [],
  ).sort();

const parse = (path: string) => {
  const dom = new JSDOM(readFileSync(path, 'utf8'), { contentType: 'application/xml' }).window.document;
  expect(dom.querySelector('parsererror'), path).toBeNull();
  expect(dom.documentElement.namespaceURI, path).toBe(NS);
  return dom;
};

/** A record as XML, without its namespace declarations and the indentation between elements. */
const bare = (record: Element) =>
  record.outerHTML.replace(/ xmlns(:xsi)?="[^"]*"| xsi:schemaLocation="[^"]*"/g, '').replace(/>\s+</g, '><');

const subfield = (record: Element, tag: string, code: string) =>
  record.querySelector(`datafield[tag="${tag}"] > subfield[code="${code}"]`)?.textContent ?? undefined;

describe('MARC 21 records for library catalogues', () => {
  it('publishes marc.xml beside every document page, with its symbol, title and address', () => {
    expect(pages().length).toBeGreaterThan(0);
    for (const page of pages()) {
      const record = parse(`dist/${page}/marc.xml`).documentElement;
      expect(record.localName).toBe('record');
      const m = JSON.parse(readFileSync(`dist/${page}/data.json`, 'utf8')).metadata;
      expect(subfield(record, '191', 'a'), page).toBe(m.symbol ?? undefined);
      expect(subfield(record, '245', 'a'), page).toBe(m.title ? m.title.replace(/\s+/g, ' ').trim() : undefined);
      const links = [...record.querySelectorAll('datafield[tag="856"] > subfield[code="u"]')].map((s) => s.textContent);
      expect(
        links.filter((u) => u!.endsWith(`/${page}/`)),
        page,
      ).toHaveLength(1);
    }
  });

  it('links it from the "Cite and references" page, and lists it in catalog.json', () => {
    for (const page of pages())
      expect(readFileSync(`dist/${page}/cite/index.html`, 'utf8'), page).toContain('href="../marc.xml" download');
    const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8'));
    expect(catalog.documents.map((d: { urls: { marc: string } }) => d.urls.marc).sort()).toEqual(
      pages().map((p) => `${p}/marc.xml`),
    );
  });

  it('gathers exactly the documents of dist/ in /data/catalog.marc.xml, one record each', () => {
    const collection = parse('dist/data/catalog.marc.xml').documentElement;
    expect(collection.localName).toBe('collection');
    const records = [...collection.children];
    expect(records.every((r) => r.localName === 'record' && r.namespaceURI === NS)).toBe(true);
    const ids = records.map((r) => r.querySelector('controlfield[tag="001"]')!.textContent);
    expect([...ids].sort()).toEqual(
      pages()
        .map((p) => `resolu-${p.replace('/', '-')}`)
        .sort(),
    );
    // Each the same record as the document's own marc.xml.
    for (const page of pages()) {
      const own = parse(`dist/${page}/marc.xml`).documentElement;
      const same = records.find(
        (r) => r.querySelector('controlfield[tag="001"]')!.textContent === `resolu-${page.replace('/', '-')}`,
      )!;
      expect(bare(same), page).toBe(bare(own));
    }
  });

  it('gives a mirror’s address, the editors’ notes and a hostile title as text (fixture site)', () => {
    const records = parse(`${FIXTURE_SITE}/data/catalog.marc.xml`).documentElement.children;
    expect(records).toHaveLength(pages(FIXTURE_SITE).length);
    for (const page of pages(FIXTURE_SITE)) {
      const record = parse(`${FIXTURE_SITE}/${page}/marc.xml`).documentElement;
      expect(subfield(record, '856', 'u')).toBe(`${FIXTURE_SITE_URL}${page}/`);
    }
    const hostile = parse(`${FIXTURE_SITE}/fr/titre-script-alert-titre-script-du-document/marc.xml`);
    expect(hostile.getElementsByTagName('script')).toHaveLength(0);
    expect(subfield(hostile.documentElement, '245', 'a')).toBe("Titre <script>alert('titre')</script> du document");
    const noted = parse(`${FIXTURE_SITE}/fr/a-c-2-99-l-5/marc.xml`).documentElement;
    expect(subfield(noted, '500', 'a')).toMatch(/^Texte du projet tel que distribué en séance/);
  });
});
