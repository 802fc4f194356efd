import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { attr, select, selectAll } from '../helpers/site.ts';

const notFound = (dir: string) => fromHtml(readFileSync(join(dir, '404.html'), 'utf8'));
const csp = (tree: ReturnType<typeof notFound>) =>
  attr(select('meta[http-equiv="Content-Security-Policy"]', tree), 'content') ?? '';

describe('the 404 page', () => {
  it('built without RESOLU_SITE_URL, runs one inline script, which its CSP allows by hash alone', () => {
    const tree = notFound('dist');
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    const text = scripts[0].children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    expect(text).toContain('location.pathname');
    const hash = createHash('sha256').update(text).digest('base64');
    const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(csp(tree))?.[1];
    expect(scriptSrc).toBe(`'sha256-${hash}'`); // no 'unsafe-inline', not even 'self'
  });

  it('built with RESOLU_SITE_URL (the fixture site), links by that path, with no script', () => {
    const tree = notFound(FIXTURE_SITE);
    expect(selectAll('script', tree)).toEqual([]);
    expect(csp(tree)).not.toContain('script-src');
    const hrefs = selectAll('a[href]', tree).map((a) => attr(a, 'href')!);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('/miroir/'))).toEqual([]);
    expect(hrefs).toContain('/miroir/fr/');
    expect(select('noscript', tree)).toBeUndefined(); // its links need no instructions
  });
});
