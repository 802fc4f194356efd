// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { virtual } from '@guidepup/virtual-screen-reader';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';

/** Loads a built page (of dist/ or another built site) into the test's document, keeping <html lang dir>. */
function load(path: string, site = 'dist'): void {
  const html = readFileSync(`${site}/${path}index.html`, 'utf8');
  const root = /<html([^>]*)>/.exec(html)![1];
  document.documentElement.setAttribute('lang', /lang="([^"]+)"/.exec(root)![1]);
  document.documentElement.setAttribute('dir', /dir="([^"]+)"/.exec(root)![1]);
  document.head.innerHTML = /<head>([\s\S]*)<\/head>/.exec(html)![1].replace(/<link[^>]*>|<meta http-equiv[^>]*>/g, '');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
}

/** What the virtual screen reader says, item by item, reading from `start`. */
async function read(start: Element, items: number): Promise<string[]> {
  await virtual.start({ container: start });
  for (let k = 0; k < items; k++) await virtual.next();
  const spoken = await virtual.spokenPhraseLog();
  await virtual.stop();
  return spoken;
}

afterEach(async () => {
  await virtual.stop().catch(() => {});
  document.body.innerHTML = '';
});

describe('screen-reader journeys (virtual screen reader)', () => {
  it('announces a paragraph’s number, a link to its own page, before its text', async () => {
    load('fr/a-res-80-173/');
    const spoken = await read(document.getElementById('p12')!, 4);
    const number = spoken.findIndex((s) => /^link, 12\., Ce paragraphe seul, sur sa propre page$/.test(s));
    const text = spoken.findIndex((s) => s.includes('Nous sommes déterminés à remédier'));
    expect(number, spoken.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(text).toBeGreaterThan(number);
    // A preambular paragraph's ¶ is read by its name, never as "pilcrow".
    const preambular = await read(document.getElementById('pp1')!, 2);
    expect(preambular).toContain('link, alinéa 1 du préambule, Ce paragraphe seul, sur sa propre page');
  });

  it('announces a footnote call as a note reference with its number', async () => {
    load('fr/a-c-2-78-l-11/');
    const spoken = await read(document.getElementById('pp5')!, 16); // the named instrument before it is a link too
    // "doc-noteref", then its number, then "end of doc-noteref".
    const role = spoken.indexOf('doc-noteref');
    expect(role, spoken.join(' | ')).toBeGreaterThan(0);
    expect(spoken[role + 1]).toBe('3');
  });

  it('announces the language links in their own language', async () => {
    load('fr/');
    const nav = document.querySelector('header nav')!;
    const spoken = await read(nav, 24);
    for (const name of ['العربية', 'English', 'Español', 'Русский', '中文'])
      expect(
        spoken.some((s) => s.includes(name)),
        name,
      ).toBe(true);
    const links = [...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('lang')]);
    expect(links).toEqual([
      ['العربية', 'ar'],
      ['English', 'en'],
      ['Español', 'es'],
      ['Français', 'fr'],
      ['Русский', 'ru'],
      ['中文', 'zh'],
    ]);
  });

  it('reads the Arabic interface as right-to-left Arabic content', async () => {
    load('ar/');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    const spoken = await read(document.body, 6);
    expect(
      spoken.some((s) => s.includes('الانتقال إلى المحتوى')),
      spoken.join(' | '),
    ).toBe(true);
    // A French document listed there keeps its own language and direction.
    const doc = document.querySelector('main li > a[lang="fr"]')!;
    expect(doc.getAttribute('dir')).toBe('ltr');
  });

  it('reads the languages side by side as a table named by the page, a column per language, a missing paragraph said', async () => {
    load('fr/a-res-99-1/versions/', FIXTURE_SITE);
    const table = document.querySelector('table')!;
    // What is said from the table's start to its end (the reader then goes on, or wraps round).
    const all = await read(table, 400);
    const spoken = all.slice(0, all.indexOf('end of table, A/RES/99/1 : ses langues en regard') + 1);
    expect(spoken.length).toBeGreaterThan(100);
    expect(spoken[0]).toBe('table, A/RES/99/1 : ses langues en regard');
    expect(spoken.filter((s) => s.startsWith('columnheader, '))).toEqual([
      'columnheader, Français',
      'columnheader, العربية',
      'columnheader, English',
    ]);
    expect(spoken).toContain('cell, Absent de cette version');
  });
});
