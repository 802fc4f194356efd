import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { type Root, attr, page, select, selectAll, toText } from '../helpers/site.ts';

/** The "symbol, part by part" section of a page: its heading and [printed, meaning] pairs per symbol. */
const breakdown = (root: Root) => {
  const section = select('section[aria-labelledby="symbol-title"]', root);
  if (!section) return null;
  return {
    title: toText(select('#symbol-title', section)!),
    symbols: selectAll('h3', section).map((h) => toText(h)),
    lists: selectAll('dl', section).map((dl) => {
      const names = selectAll('dt', dl);
      const values = selectAll('dd', dl);
      expect(values.length).toBe(names.length);
      return names.map((dt, k) => [toText(dt), toText(values[k])]);
    }),
  };
};
const fixturePage = (path: string) => fromHtml(readFileSync(`${FIXTURE_SITE}/${path}index.html`, 'utf8'));

describe('the symbol explained, on the document’s “Cite and references” page', () => {
  it('explains each seed’s symbol part by part, in the page’s language', () => {
    expect(breakdown(page('/fr/a-res-80-173/cite/'))).toEqual({
      title: 'La cote, élément par élément',
      symbols: [],
      lists: [
        [
          ['A', 'Assemblée générale'],
          ['RES', 'résolution'],
          ['80', '80e session'],
          ['173', 'numéro'],
        ],
      ],
    });
    expect(breakdown(page('/fr/a-c-2-78-l-11/cite/'))?.lists).toEqual([
      [
        ['A', 'Assemblée générale'],
        ['C.2', 'Deuxième Commission'],
        ['78', '78e session'],
        ['L.', 'distribution limitée, en général un projet'],
        ['11', 'numéro'],
      ],
    ]);
    expect(breakdown(page('/fr/escap-res-80-1/cite/'))?.lists).toEqual([
      [
        ['ESCAP', 'Commission économique et sociale pour l’Asie et le Pacifique'],
        ['RES', 'résolution'],
        ['80', '80e session'],
        ['1', 'numéro'],
      ],
    ]);
  });

  it('shows nothing for a document without a symbol', () => {
    expect(breakdown(page('/fr/rapport-sg-smsi-2024/cite/'))).toBeNull();
  });

  it('is one link away from the reading page, which stays within its weight budget', () => {
    const html = readFileSync('dist/fr/a-res-80-173/index.html', 'utf8');
    expect(html).toContain('href="cite/"');
    expect(html).not.toContain('symbol-title');
  });

  it('reads a Council resolution’s year, in English and Chinese', () => {
    expect(breakdown(fixturePage('en/s-res-87-1950/cite/'))?.lists).toEqual([
      [
        ['S', 'Security Council'],
        ['RES', 'resolution'],
        ['87', 'number'],
        ['(1950)', 'adopted in 1950'],
      ],
    ]);
    expect(breakdown(fixturePage('zh/s-res-87-1950/cite/'))?.lists[0][3]).toEqual(['(1950)', '1950年通过']);
  });

  it('keeps the Latin parts left to right on an Arabic page', () => {
    const root = fixturePage('ar/a-res-99-1/cite/');
    expect(breakdown(root)).toEqual({
      title: 'الرمز، جزءًا جزءًا',
      symbols: [],
      lists: [
        [
          ['A', 'الجمعية العامة'],
          ['RES', 'قرار'],
          ['99', 'الدورة 99'],
          ['1', 'الرقم'],
        ],
      ],
    });
    const printed = selectAll('section[aria-labelledby="symbol-title"] dt > bdi', root);
    expect(printed.length).toBe(4);
    for (const b of printed) expect(attr(b, 'dir')).toBe('ltr');
  });
});
