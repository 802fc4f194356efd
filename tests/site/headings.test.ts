import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { pagesOf } from '../helpers/a11y.ts';

/** The heading ranks of a built page, in document order. */
const ranks = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** Where a page's headings skip a level (h2 → h4), as "h2 → h4". */
function skips(html: string): string[] {
  const found: string[] = [];
  let last = 0;
  for (const rank of ranks(html)) {
    if (rank > last + 1) found.push(`h${last} → h${rank}`);
    last = rank;
  }
  return found;
}

describe('headings never skip a level', () => {
  for (const [name, dir] of [
    ['the seeds’ site', 'dist'],
    ['the fixture site', FIXTURE_SITE],
  ])
    it(`on any page of ${name}`, () => {
      const pages = pagesOf(dir);
      expect(pages.length).toBeGreaterThan(50);
      const problems = pages.flatMap((p) =>
        skips(readFileSync(`${dir}/${p.endsWith('.html') ? p : `${p}index.html`}`, 'utf8')).map((s) => `/${p}: ${s}`),
      );
      expect(problems).toEqual([]);
    });

  it('a section, two paragraphs, then a sub-section: h2 → h3, whatever the paragraphs between', () => {
    const html = readFileSync(`${FIXTURE_SITE}/fr/probe-headings/index.html`, 'utf8');
    const text = html.slice(html.indexOf('<article'));
    expect(text).toMatch(/<h2 id="sec-i">[^]*<p id="p1">[^]*<p id="p2">[^]*<h3 id="h3">/);
    expect(skips(html)).toEqual([]);
  });
});
