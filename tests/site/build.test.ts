import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, page, select, selectAll, toText } from '../helpers/site.ts';

const docs = [
  'a-c-2-78-l-11',
  'a-res-80-173',
  'rapport-sg-smsi-2024',
  'note-orientation-5-pacte-numerique-mondial',
  'escap-res-80-1',
];

describe('npm run build goes from seeds/ to the finished site', () => {
  it('builds a home per interface language, / as the French home, and a page per document', () => {
    for (const l of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) expect(existsSync(`dist/${l}/index.html`), l).toBe(true);
    expect(attr(select('html', page('/'))!, 'lang')).toBe('fr');
    for (const slug of docs) expect(existsSync(`dist/fr/${slug}/index.html`), slug).toBe(true);
    expect(existsSync('dist/404.html')).toBe(true);
  });

  it('gives every paragraph id of the model to the page, once', () => {
    const p = page('/fr/a-c-2-78-l-11/');
    const ids = selectAll('[id]', p).map((e) => attr(e, 'id')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 1; n <= 62; n++) expect(ids).toContain(`p${n}`);
    for (let n = 1; n <= 54; n++) expect(ids).toContain(`pp${n}`);
    expect(ids).toEqual(expect.arrayContaining(['fn3', 'fnref3', 'fn16', 'fnstar']));
  });

  it('links a note call to its note and the note back to the call', () => {
    const p = page('/fr/a-c-2-78-l-11/');
    const call = select('#fnref3', p)!;
    expect(attr(call, 'href')).toBe('#fn3');
    expect(attr(call, 'role')).toBe('doc-noteref');
    const back = select('#fn3 a[role="doc-backlink"]', p)!;
    expect(attr(back, 'href')).toBe('#fnref3');
    expect(toText(select('#fn16', p)!)).toContain('absent de la source');
  });

  it('keeps the spaces around links and note calls in a paragraph', () => {
    const p = page('/fr/a-c-2-78-l-11/');
    expect(toText(select('#pp1', p)!).replace(/\s+/g, ' ')).toContain(
      'Rappelant sa résolution 77/150 du 14 décembre 2022',
    );
    expect(toText(select('#pp5', p)!).replace(/\s+/g, ' ')).toContain('du 17 au 20 octobre 20163,');
  });

  it('links cited symbols to undocs.org in the document’s language', () => {
    const hrefs = selectAll('#fn13 a', page('/fr/a-c-2-78-l-11/')).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('https://undocs.org/fr/A/RES/217(III)');
  });

  it('uses only relative internal links, so the site works under any sub-path', () => {
    for (const path of ['/', '/fr/', '/ar/', ...docs.map((s) => `/fr/${s}/`)]) {
      for (const a of selectAll('a[href]', page(path))) {
        const href = attr(a, 'href')!;
        if (/^(https?:|#|mailto:)/.test(href)) continue;
        expect(href.startsWith('/'), `${path}: ${href}`).toBe(false);
      }
    }
  });

  it('shows "unknown" for a symbol no one has given, never a guess', () => {
    expect(toText(select('dl.meta', page('/fr/rapport-sg-smsi-2024/'))!)).toMatch(/Cote\s*inconnu/);
  });

  it('sets lang and dir on the Arabic home', () => {
    const html = select('html', page('/ar/'))!;
    expect(attr(html, 'lang')).toBe('ar');
    expect(attr(html, 'dir')).toBe('rtl');
  });
});
