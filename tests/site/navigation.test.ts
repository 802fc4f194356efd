import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, page, select, selectAll, toText } from '../helpers/site.ts';

describe('citation index', () => {
  it('gathers on one page every paragraph of the corpus that cites 70/125', () => {
    const p = page('/fr/ref/a-res-70-125/');
    const cites = selectAll('main > ul > li > a', p).map((a) => attr(a, 'href')!);
    expect(cites.some((h) => h.includes('/a-c-2-78-l-11/#'))).toBe(true);
    expect(cites.some((h) => h.includes('/a-res-80-173/#'))).toBe(true);
    expect(cites.some((h) => h.includes('/rapport-sg-smsi-2024/#'))).toBe(true);
    expect(selectAll('blockquote', p).length).toBe(cites.length);
    expect(selectAll('a[aria-describedby="external-link"]', p).map((a) => attr(a, 'href'))).toContain(
      'https://undocs.org/fr/A/RES/70/125',
    );
  });

  it('names a preambular paragraph as such, never as the operative paragraph of the same number', () => {
    const p = page('/fr/ref/a-res-70-125/');
    const link = selectAll('main > ul > li > a', p).find((a) => attr(a, 'href')!.endsWith('/a-res-80-173/#pp1'))!;
    expect(toText(link)).toBe('A/RES/80/173, alinéa 1 du préambule');
    expect(toText(select('title', page('/fr/a-res-80-173/pp1/'))!)).toBe(
      'A/RES/80/173, alinéa 1 du préambule · Résolu',
    );
    expect(toText(select('title', page('/fr/a-res-80-173/p1/'))!)).toBe('A/RES/80/173, paragraphe 1 · Résolu');
    expect(toText(select('title', page('/en/ref/a-res-70-125/'))!)).toContain('A/RES/70/125');
  });

  it('has an index page per interface language listing every cited symbol', () => {
    for (const lang of ['fr', 'ar', 'zh'])
      expect(selectAll('main ul.refs > li', page(`/${lang}/ref/`)).length).toBeGreaterThan(100);
  });
});

describe('single-paragraph pages', () => {
  it('hold one paragraph, its notes, and links to its neighbours and to the full text', () => {
    const p = page('/fr/a-c-2-78-l-11/p37/');
    expect(toText(select('#p37', p)!)).toContain('Rappelle le rapport du Président du Groupe de travail');
    expect(select('#fn16', p)).toBeTruthy();
    const links = selectAll('nav a', p).map((a) => attr(a, 'href'));
    expect(links).toEqual(expect.arrayContaining(['../#p37', '../p36/', '../p38/']));
    expect(readFileSync('dist/fr/a-c-2-78-l-11/p37/index.html', 'utf8')).toContain(
      '<link rel="canonical" href="../#p37">',
    );
    expect(statSync('dist/fr/a-c-2-78-l-11/p37/index.html').size).toBeLessThan(8 * 1024);
  });

  it('include the sub-paragraphs of a paragraph', () => {
    const p = page('/fr/escap-res-80-1/p9/');
    expect(selectAll('p[id^="p9-"]', p).map((e) => attr(e, 'id'))).toEqual(['p9-a', 'p9-b', 'p9-c', 'p9-d', 'p9-e']);
  });

  it('are opened by every paragraph’s number on the full page', () => {
    const p = page('/fr/a-res-80-173/');
    const numbered = selectAll('p[id]', p).filter((e) => /^p\d+$/.test(attr(e, 'id')!));
    expect(numbered).toHaveLength(127);
    for (const e of numbered) {
      const link = select('a:first-child', e)!;
      expect(attr(link, 'href')).toBe(`${attr(e, 'id')}/`);
      expect(toText(link)).toBe(`${attr(e, 'id')!.slice(1)}.`);
      // Where it leads is said by one element of the page, in the page's language.
      expect(toText(select(`#${attr(link, 'ariaDescribedBy')}`, p)!)).toBe('Ce paragraphe seul, sur sa propre page');
    }
  });
});

describe('homes', () => {
  it('group documents by body and type, newest first, with symbol, title, date and language', () => {
    const p = page('/fr/');
    const bodies = selectAll('main > section > h2', p).map((h) => toText(h));
    expect(bodies).toEqual(
      expect.arrayContaining(['Assemblée générale', 'Commission économique et sociale pour l’Asie et le Pacifique']),
    );
    const ga = selectAll('main > section', p).find((s) => toText(select('h2', s)!) === 'Assemblée générale')!;
    expect(selectAll('h3', ga).map((h) => toText(h))).toEqual(['Résolution', 'Projet de résolution']);
    expect(toText(ga)).toContain('2025-12-17');
  });

  it('serve the French home at / directly, with a skip link, landmarks and one h1', () => {
    for (const path of ['/', '/en/', '/fr/a-res-80-173/', '/fr/ref/a-res-70-125/', '/zh/about/']) {
      const p = page(path);
      expect(selectAll('h1', p), path).toHaveLength(1);
      expect(attr(select('a.skip', p)!, 'href')).toBe('#main');
      for (const landmark of ['header', 'main', 'footer', 'nav'])
        expect(select(landmark, p), `${path} ${landmark}`).toBeTruthy();
    }
  });
});
