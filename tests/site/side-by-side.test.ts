import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { attr, type Element, type Root, select, selectAll, toText } from '../helpers/site.ts';

const file = (path: string) => join(FIXTURE_SITE, path, 'index.html');
const fixture = (path: string): Root => fromHtml(readFileSync(file(path), 'utf8'));
const words = (el: Element | undefined) => (el ? toText(el) : '').replace(/\s+/g, ' ').trim();

/** The fixture site's documents held in several languages, and the paragraph ids of their rows. */
const GROUPS = [
  {
    slug: 'a-res-99-1',
    languages: ['ar', 'en', 'fr'],
    ids: ['pp1', 'pp2', 'p1', 'p2', 'p2-a', 'p2-b', 'p3'],
    lacking: { ar: ['p3'] } as Record<string, string[]>, // the Arabic copy is cut before ¶ 3
  },
  { slug: 's-res-53-1948', languages: ['en', 'es'], ids: ['pp1', 'para-1'], lacking: {} },
  {
    slug: 's-res-87-1950',
    languages: ['en', 'zh'],
    ids: ['pp1', 'pp2', 'pp3', 'pp4', 'para-1', 'para-1-a', 'para-1-b'],
    lacking: {},
  },
];
const MISSING: Record<string, string> = {
  fr: 'Absent de cette version',
  en: 'Not in this version',
  ar: 'غير موجودة في هذه النسخة',
};
const pages = GROUPS.flatMap((g) => g.languages.map((lang) => ({ ...g, lang })));

describe('languages side by side (/{lang}/{slug}/versions/)', () => {
  it.each(pages)(
    '$lang/$slug: a column per version, its own first, each with its lang and dir',
    ({ slug, lang, languages }) => {
      const html = fixture(`${lang}/${slug}/versions`);
      expect(selectAll('h1', html)).toHaveLength(1);
      const columns = [lang, ...languages.filter((l) => l !== lang)]; // the others in the six languages' order
      const heads = selectAll('table.sbs thead th[scope="col"]', html);
      expect(heads.map((th) => attr(th, 'lang'))).toEqual(columns);
      expect(heads.map((th) => attr(th, 'dir'))).toEqual(columns.map((l) => (l === 'ar' ? 'rtl' : 'ltr')));
      for (const tr of selectAll('table.sbs tbody tr', html)) {
        const cells = selectAll('td', tr);
        expect(cells.map((td) => attr(td, 'lang'))).toEqual(columns);
        expect(cells.map((td) => attr(td, 'dir'))).toEqual(columns.map((l) => (l === 'ar' ? 'rtl' : 'ltr')));
        expect(cells.map((td) => attr(td, 'className'))).toEqual(columns.map((l) => `v-${l}`));
      }
      // A checkbox per column, checked, named by the language in that language.
      const boxes = selectAll('fieldset.langs input[type="checkbox"]', html);
      expect(boxes.map((b) => [attr(b, 'id'), attr(b, 'checked')])).toEqual(columns.map((l) => [`show-${l}`, 'true']));
    },
  );

  it.each(pages)(
    '$lang/$slug: a row per paragraph id, each cell that version’s paragraph',
    ({ slug, lang, languages, ids, lacking }) => {
      const html = fixture(`${lang}/${slug}/versions`);
      const rows = selectAll('table.sbs tbody tr', html);
      expect(rows.map((tr) => attr(tr, 'id'))).toEqual(ids);
      const columns = [lang, ...languages.filter((l) => l !== lang)];
      for (const tr of rows) {
        const id = attr(tr, 'id')!;
        selectAll('td', tr).forEach((td, k) => {
          const version = columns[k];
          if (lacking[version]?.includes(id)) {
            // Said, in the page's language, not left empty.
            const missing = select('.missing', td);
            expect([words(td), attr(missing, 'lang')]).toEqual([MISSING[lang], lang]);
            return;
          }
          // The same words as that version's own page for the paragraph (number, text); its
          // number, the cell's first link, opens that page.
          const own = select(`p#${id}`, fixture(`${version}/${slug}/${id}`));
          expect(words(td), `${version} ${id}`).toBe(words(own));
          const number = select('a', td);
          expect(attr(number, 'href')).toBe(`../../../${version}/${slug}/${id}/`);
          expect(attr(select(`#${attr(number, 'ariaDescribedBy')}`, html), 'lang')).toBe(version);
        });
      }
    },
  );

  it('says where a version lacks a paragraph, in the page’s language, in every version’s page', () => {
    for (const lang of ['fr', 'en', 'ar']) {
      const row = select('tr#p3', fixture(`${lang}/a-res-99-1/versions`))!;
      const missing = selectAll('td .missing', row);
      expect(missing.map((m) => [words(m), attr(m, 'lang')])).toEqual([[MISSING[lang], lang]]);
      expect(attr(missing[0] && select('td:has(.missing)', row), 'lang')).toBe('ar');
    }
  });

  it('is linked from every version’s document page and every paragraph’s page, and the links land', () => {
    for (const { slug, lang, ids } of pages) {
      const doc = fixture(`${lang}/${slug}`);
      const link = select('nav[aria-labelledby="versions-title"] a[href="versions/"]', doc);
      expect(link, `${lang}/${slug}`).toBeDefined();
      expect(existsSync(file(`${lang}/${slug}/versions`))).toBe(true);
      for (const id of ids.filter((i) => existsSync(file(`${lang}/${slug}/${i}`)))) {
        const href = `../versions/#${id}`;
        expect(
          select(`nav[aria-labelledby="versions-title"] a[href="${href}"]`, fixture(`${lang}/${slug}/${id}`)),
        ).toBeDefined();
        expect(select(`tr#${id}`, fixture(`${lang}/${slug}/versions`)), `${lang}/${slug}/${href}`).toBeDefined();
      }
    }
  });

  it('every link of the side-by-side pages resolves, to the file and its #fragment', () => {
    const broken: string[] = [];
    for (const { slug, lang } of pages) {
      const from = file(`${lang}/${slug}/versions`);
      for (const a of selectAll('a[href]', fromHtml(readFileSync(from, 'utf8')))) {
        const href = attr(a, 'href')!;
        if (/^https?:/.test(href)) continue;
        const [path, fragment] = href.split('#');
        let to = path ? normalize(join(dirname(from), path)) : from;
        if (existsSync(to) && statSync(to).isDirectory()) to = join(to, 'index.html');
        if (!existsSync(to)) broken.push(`${from} → ${href}`);
        else if (fragment && !readFileSync(to, 'utf8').includes(` id="${fragment}"`))
          broken.push(`${from} → ${href} (#)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('exists only where the corpus holds another language version', () => {
    expect(existsSync(file('fr/a-c-2-99-l-5/versions'))).toBe(false);
    expect(select('a[href="versions/"]', fixture('fr/a-c-2-99-l-5'))).toBeUndefined();
    expect(select('a[href^="../versions/"]', fixture('fr/a-c-2-99-l-5/p1'))).toBeUndefined();
    expect(existsSync('dist/fr/a-res-80-173/versions/index.html')).toBe(false);
    expect(readFileSync('dist/fr/a-res-80-173/index.html', 'utf8')).not.toContain('href="versions/"');
  });

  it('hides a column whose box is unchecked with CSS alone, for each of the six languages', () => {
    const css = readFileSync(join(FIXTURE_SITE, 'site.css'), 'utf8');
    for (const l of ['ar', 'en', 'es', 'fr', 'ru', 'zh'])
      expect(css).toContain(`body:has(#show-${l}:not(:checked)) .v-${l}`);
    expect(statSync(join(FIXTURE_SITE, 'site.css')).size).toBeLessThanOrEqual(10 * 1024);
  });
});
