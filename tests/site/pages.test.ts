import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/document.ts';
import { attr, page, select, selectAll } from '../helpers/site.ts';

describe('hand-written MDX pages', () => {
  it.each(LANGUAGES)(
    'the %s about page has heading ids from rehype-slug and code highlighted at build time',
    (lang) => {
      const p = page(`/${lang}/about/`);
      expect(selectAll('h1', p)).toHaveLength(1);
      const h2 = selectAll('main h2', p);
      expect(h2.length).toBeGreaterThanOrEqual(3);
      for (const h of h2) expect(attr(h, 'id')).toMatch(/\S/);
      expect(attr(select('pre.astro-code', p)!, 'className')).toContain('astro-code');
      expect(selectAll('script', p)).toHaveLength(0);
    },
  );

  it('is linked from every page footer', () => {
    expect(selectAll('footer a', page('/ar/')).map((a) => attr(a, 'href'))).toContain('../ar/about/');
  });
});

describe('the accessibility page', () => {
  it.each(LANGUAGES)('exists in %s, says what is tested and how to report a problem', (lang) => {
    const p = page(`/${lang}/accessibility/`);
    expect(selectAll('main h2', p).length).toBeGreaterThanOrEqual(3);
    expect(selectAll('footer a', p).map((a) => attr(a, 'href'))).toContain(`../../${lang}/accessibility/`);
  });
});
