import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { pagesOf } from '../helpers/a11y.ts';

describe('everything from a source text is escaped', () => {
  const html = readFileSync(`${FIXTURE_SITE}/fr/titre-script-alert-titre-script-du-document/index.html`, 'utf8');

  it('renders <script>, <img onerror>, <iframe> and javascript: links as inert text', () => {
    // As the browser parses it: no element comes from the text, only characters.
    const tree = fromHtml(html);
    expect(
      selectAll('script', tree).filter(
        (s) => toText(s).includes('alert') && s.properties.type !== 'application/ld+json',
      ),
    ).toEqual([]);
    expect(selectAll('img, iframe, [onerror]', tree)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;'); // quotes are inert in text: only & < > are escaped there
    // In JSON-LD, "<" is escaped so that the text cannot close the script element.
    expect(html).toContain('Titre \\u003cscript>alert');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).toContain('&lt;iframe src=');
    expect(html).toMatch(/&lt;b&gt;balises&lt;\/b&gt;/);
  });

  it('has no inline event handler and a Content-Security-Policy on every page', () => {
    // No event-handler attribute on any real tag (escaped text may spell one out).
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]*">/);
  });
});

describe('Content-Security-Policy', () => {
  it('is on every page of dist/ and allows no more than the page uses', () => {
    const allowed = { wasm: 0, inlineStyles: 0 };
    for (const path of pagesOf('dist')) {
      const html = readFileSync(join('dist', path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
      expect(csp, path).toMatch(/^default-src 'self'; .*object-src 'none'; base-uri 'none'; form-action 'self'$/);
      expect(csp, path).not.toMatch(/'unsafe-eval'|\*|https?:/);
      // No inline script runs but the 404 page's, named by its hash (not-found.test.ts): JSON-LD is data.
      const inline = html.match(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>/g);
      expect(inline, path).toEqual(path === '404.html' ? ['<script type="module">'] : null);
      const styled = /<style[\s>]|\sstyle="/.test(html);
      expect(csp!.includes("'unsafe-inline'"), path).toBe(styled);
      const wasm = html.includes('search.js"');
      expect(csp!.includes("'wasm-unsafe-eval'"), path).toBe(wasm);
      allowed.wasm += +wasm;
      allowed.inlineStyles += +styled;
    }
    expect(allowed.wasm).toBe(6); // the six search pages
    expect(allowed.inlineStyles).toBeGreaterThan(5); // 404 and the cite pages
  });
});
