import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';

const read = (path: string) => readFileSync(`${FIXTURE_SITE}/${path}`, 'utf8');

describe('language versions of one document', () => {
  it('links each version to the others, in their own language, keeping the #fragment with a tiny script', () => {
    const fr = read('fr/a-res-99-1/index.html');
    expect(fr).toMatch(
      /<a href="\.\.\/\.\.\/en\/a-res-99-1\/" hreflang="en" lang="en" dir="ltr" data-keep-hash>English<\/a>/,
    );
    expect(fr).toMatch(/<script type="module" src="\.\.\/\.\.\/keep-fragment\.js"><\/script>/);
    expect(read('en/a-res-99-1/index.html')).toContain('href="../../fr/a-res-99-1/"');
    expect(statSync(`${FIXTURE_SITE}/keep-fragment.js`).size).toBeLessThanOrEqual(2048);
  });

  it('offers the same paragraph in the other language on a paragraph’s own page (no script needed)', () => {
    const p = read('fr/a-res-99-1/p2-b/index.html');
    expect(p).toContain('href="../../../en/a-res-99-1/p2-b/"');
    expect(p).toContain('<link rel="canonical" href="../#p2-b">');
  });

  it('loads no script where there is nothing to enhance', () => {
    const html = readFileSync('dist/fr/a-res-80-173/index.html', 'utf8').replace(
      /<script type="application\/ld\+json">[^<]*<\/script>/,
      '',
    );
    expect(html).not.toContain('<script');
  });
});
