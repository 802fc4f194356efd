import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dir } from '../../src/i18n/index.ts';
import { LANGUAGES, type Language } from '../../src/model/document.ts';
import { attr, page, select, selectAll } from '../helpers/site.ts';

const pages = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('lang and dir', () => {
  it('every page has a valid lang and the dir that goes with it', () => {
    for (const f of pages) {
      const m = /<html lang="([a-z]{2})" dir="(ltr|rtl)">/.exec(readFileSync(join('dist', f), 'utf8'));
      expect(m, f).not.toBeNull();
      expect(LANGUAGES).toContain(m![1]);
      expect(m![2], f).toBe(dir(m![1] as Language));
      // An interface page in language L lives under /L/.
      const first = f.split('/')[0];
      if (LANGUAGES.includes(first as Language)) expect(m![1], f).toBe(first);
    }
  });

  it('marks a French document listed in the Arabic interface lang="fr" dir="ltr", symbols isolated', () => {
    const p = page('/ar/');
    const links = selectAll('main li > a[lang]', p);
    expect(links.length).toBe(5);
    for (const a of links) {
      expect(attr(a, 'lang')).toBe('fr');
      expect(attr(a, 'dir')).toBe('ltr');
      expect(select('bdi', a)).toBeTruthy();
    }
  });

  it('punctuates the interface as its language does (可用语言：, « Langues disponibles : »)', () => {
    const home = (lang: string) => readFileSync(join('dist', lang, 'index.html'), 'utf8');
    expect(home('zh')).toContain('可用语言：<span lang="fr"');
    expect(home('fr')).toContain('Langues disponibles\u00a0: <span lang="fr"');
    expect(home('en')).toContain('Available languages: <span lang="fr"');
    expect(home('zh')).not.toMatch(/可用语言: /);
  });

  it('names each language in its own language, with lang and hreflang', () => {
    const nav = selectAll('header nav a', page('/fr/a-res-80-173/'));
    expect(nav.map((a) => [attr(a, 'lang'), attr(a, 'hrefLang')])).toEqual(LANGUAGES.map((l) => [l, l]));
    const official = selectAll('a[hreflang][aria-describedby="external-link"]', page('/fr/a-res-80-173/'));
    expect(official.map((a) => attr(a, 'href'))).toEqual(LANGUAGES.map((l) => `https://undocs.org/${l}/A/RES/80/173`));
  });
});

describe('weight and robustness', () => {
  it('ships no script (but on the search and resolve pages), no web font, no third-party request, and one small stylesheet', () => {
    for (const f of pages.filter((x) => !/\/(?:search|resolve)\//.test(x) && x !== '404.html')) {
      const html = readFileSync(join('dist', f), 'utf8');
      // Data for catalogues (JSON-LD) is no script: browsers never run it.
      expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, ''), f).not.toMatch(
        /<script|@font-face|<style/i,
      );
      expect(html.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? [], f).toHaveLength(1);
      expect(html, f).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!undocs\.org|www\.|[a-z0-9.-]+\/)/i);
      expect(html).not.toMatch(/<(?:img|iframe|link|script)[^>]+(?:src|href)="https?:/i);
    }
    for (const f of pages.filter((x) => x.includes('/search/'))) {
      const scripts = [...readFileSync(join('dist', f), 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(scripts).toEqual(['../../search.js']);
    }
    // The resolver's bundle, a classic deferred script (it runs from file:// too), and nothing else.
    const resolvePages = pages.filter((x) => x.includes('/resolve/'));
    expect(resolvePages).toHaveLength(6);
    for (const f of resolvePages) {
      const html = readFileSync(join('dist', f), 'utf8');
      expect(
        [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]),
        f,
      ).toEqual(['<script defer src="../../resolve.js">']);
      expect(html, f).not.toMatch(/@font-face|<style|(?:src|href)="https?:\/\/(?!undocs\.org)/i);
      expect(html.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? [], f).toHaveLength(1);
    }
    const css = readFileSync('dist/site.css', 'utf8');
    expect(Buffer.byteLength(css)).toBeLessThan(10 * 1024);
    expect(css).toContain('@media print');
    expect(css).toContain('prefers-color-scheme: dark');
  });
});
