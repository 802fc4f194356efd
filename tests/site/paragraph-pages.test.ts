import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';

/**
 * Each paragraph's own page is written after the Astro build by src/writer/, the document
 * page by Astro: both print a paragraph with one function (src/render/paragraph.ts), so
 * they cannot drift apart. This holds it over the real built sites: every paragraph, its
 * correction and its annotations are the same markup on both pages, but for where the
 * number leads (its own page there, back to the full text here) and the hidden element that
 * says so. Links are compared once resolved, the two pages being at different depths.
 */

/** Paragraph ids, as DESIGN.md defines them: pp3, pp3-a, p12, p9-e, annex1-p4, para-7, para-1-a. */
const PARAGRAPH_ID = /^(?:annex\d+-)?(?:pp\d+(?:-[a-z0-9]+)*|p\d+(?:-[a-z0-9]+)*|para-\d+(?:-[a-z0-9]+)*)$/;

const html = (site: string, path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

/**
 * Every link of `markup` resolved against the address of the page it is on; a link within
 * the page (a note call, #fn3: both pages carry the note) is left as it is.
 */
const resolved = (markup: string, page: string) =>
  markup.replace(
    / href="([^"#][^"]*)"/g,
    (_, href: string) => ` href="${new URL(href, `https://site.test${page}`).href}"`,
  );

/** The paragraph `id` of a page, its number link's target and description replaced by `number`. */
function paragraph(markup: string, id: string, page: string, number: { href: string; describedBy: string }) {
  const p = new RegExp(`<p id="${id}"(?: class="sub")?>.*?</p>`, 's').exec(markup)?.[0];
  const link = `<a href="${new URL(number.href, `https://site.test${page}`).href}"`;
  const described = ` aria-describedby="${number.describedBy}">`;
  const found = p && resolved(p, page);
  // The number is the paragraph's first element, and leads where it should.
  expect(found?.startsWith(`<p id="${id}"`) && found.includes(link) && found.includes(described), `${page} ${id}`).toBe(
    true,
  );
  return found!.replace(link, '<a href="(number)"').replace(described, ' aria-describedby="(number)">');
}

/** What follows a paragraph on both pages: its correction, and the annotations shown with it. */
const after = (markup: string, page: string) =>
  [...markup.matchAll(/<details class="(?:correction|annotation)"[^>]*>.*?<\/details>/gs)].map((m) => [
    /(?:data-corrects|id)="([^"]*)"/.exec(m[0])![1],
    resolved(m[0], page),
  ]);

describe('a paragraph’s own page', () => {
  for (const [name, site] of [
    ['the seeds', 'dist'],
    ['the fixture site', FIXTURE_SITE],
  ])
    it(`prints each paragraph as the document page does (${name})`, () => {
      const catalog = JSON.parse(readFileSync(join(site, 'data/catalog.json'), 'utf8')) as {
        documents: { urls: { page: string } }[];
      };
      let compared = 0;
      for (const { urls } of catalog.documents) {
        const doc = `/${urls.page}`;
        const full = html(site, doc);
        const text = full.slice(full.indexOf('<article'), full.indexOf('</article>'));
        const ids = [...text.matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]).filter((id) => PARAGRAPH_ID.test(id));
        const followers = new Map(after(text, doc).map(([key, markup]) => [key, markup]));
        for (const id of ids) {
          const own = `${doc}${id}/`;
          expect(existsSync(join(site, own, 'index.html')), own).toBe(true);
          const single = html(site, own);
          expect(paragraph(single, id, own, { href: `../#${id}`, describedBy: 'full-text' }), own).toBe(
            paragraph(full, id, doc, { href: `${id}/`, describedBy: 'own-page' }),
          );
          for (const [key, markup] of after(single, own)) expect(markup, `${own} ${key}`).toBe(followers.get(key));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(name === 'the seeds' ? 500 : 40);
    });

  it('is not indexed by search: nothing on it is marked for the index', () => {
    const single = html('dist', '/fr/a-res-80-173/p99/');
    expect(single).toContain('<p id="p99">');
    expect(single).not.toMatch(/data-pagefind/);
  });
});
