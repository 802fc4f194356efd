import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, page, select, selectAll, toText, type Element, type Root } from '../helpers/site.ts';

/**
 * The printed number is the paragraph's permalink: "12." on the document page links to the
 * paragraph's own page (p12/), and on that page back to the paragraph in the full text
 * (../#p12). A preambular paragraph, which has no printed number, has ¶ and a name. Both
 * pages render it with one component (ParagraphNumber.astro), so they cannot disagree.
 */
const doc = '/fr/a-res-80-173/';
/** A paragraph's number link: its first child, described by one element of the page. */
const numberLink = (p: Root, id: string) => select(`p#${id} > a:first-child[aria-describedby]`, p);
const said = (a: Element | undefined) => [toText(a!), attr(a, 'ariaLabel')];

/** Paragraph ids, as DESIGN.md defines them: pp3, p12, p9-e, annex1-p4, para-7 (unnumbered). */
const PARAGRAPH_ID = /^(?:annex\d+-)?(?:pp\d+|p\d+(?:-[a-z0-9]+)*|para-\d+)$/;

describe('the number is the permalink', () => {
  it('is the same on the document page and on the paragraph’s own page, preambular paragraphs included', () => {
    const ids = selectAll('article p[id]', page(doc))
      .map((p) => String(p.properties?.id))
      .filter((id) => PARAGRAPH_ID.test(id));
    expect(ids.length).toBeGreaterThan(130);
    for (const id of ids) {
      const own = page(`${doc}${id}/`);
      expect(said(numberLink(own, id)), id).toEqual(said(numberLink(page(doc), id)));
      expect(attr(numberLink(own, id), 'href')).toBe(`../#${id}`);
    }
    expect(said(numberLink(page(doc), 'pp1'))).toEqual(['¶', 'alinéa 1 du préambule']);
    expect(said(numberLink(page(doc), 'p12'))).toEqual(['12.', undefined]);
  });

  it('is each paragraph’s one link to itself, first in the paragraph, described by one shared element', () => {
    const documents = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8')).documents as {
      language: string;
      slug: string;
    }[];
    expect(documents.length).toBe(5);
    for (const path of documents.map((d) => `/${d.language}/${d.slug}/`)) {
      const p = page(path);
      const paragraphs = selectAll('article p[id]', p).filter((e) => PARAGRAPH_ID.test(attr(e, 'id')!));
      expect(paragraphs.length, path).toBeGreaterThan(10);
      for (const e of paragraphs) {
        const id = attr(e, 'id')!;
        const self = selectAll('a', e).filter((a) => [`${id}/`, `#${id}`].includes(attr(a, 'href')!));
        expect(self, id).toHaveLength(1);
        expect(e.children[0], id).toBe(self[0]);
        expect(toText(select(`#${attr(self[0], 'ariaDescribedBy')}`, p)!)).toBe(
          'Ce paragraphe seul, sur sa propre page',
        );
      }
    }
  });

  it('still lands on the paragraph at #pN: the id stays on the paragraph itself', () => {
    const p = page(doc);
    for (const id of ['pp1', 'p1', 'p12', 'p99']) expect(select(`#${id}`, p)?.tagName, id).toBe('p');
  });
});

/**
 * Characters only symbol fonts draw (dingbats, most arrows, math symbols…): \p{S}, less
 * those of WGL4, the set every Windows, macOS, Android and Linux system font covers.
 */
const SYMBOL = /[^\P{S}←↑→↓©®°±×÷€£$^`+<=>|~¤¢¥]/u;

describe('link texts', () => {
  it('no link on any built page is a glyph common fonts lack (the ⧉ is gone)', () => {
    const files = (readdirSync('dist', { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    );
    expect(files.length).toBeGreaterThan(500);
    const found = new Set<string>();
    for (const f of files) {
      const html = readFileSync(`dist/${f}`, 'utf8');
      for (const m of html.matchAll(/<a\b[^>]*>([^<]*)</g)) {
        const c = SYMBOL.exec(m[1]);
        if (c) found.add(`${c[0]} in /${f}`);
      }
    }
    expect([...found].slice(0, 10)).toEqual([]);
  });
});
