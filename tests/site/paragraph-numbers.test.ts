import { describe, expect, it } from 'vitest';
import { page, select, selectAll, toText } from '../helpers/site.ts';

/**
 * A paragraph's own page prints its number as the document page does (one function,
 * printedNumber in src/site/citations.ts): "1." for an operative paragraph, "a)" for a
 * sub-paragraph, and none for a preambular one, which the document page marks with ¶.
 */
const doc = '/fr/a-res-80-173/';
const numberOnDocument = (id: string) => toText(select(`p#${id} > a[href="#${id}"]`, page(doc))!);
const numberOnOwnPage = (id: string) => {
  const own = select(`p#${id} .num`, page(`${doc}${id}/`));
  return own ? toText(own) : null;
};

describe('a paragraph is numbered alike on the document page and on its own page', () => {
  it('operative paragraphs and sub-paragraphs', () => {
    const ids = selectAll('article p[id^="p"]', page(doc))
      .map((p) => String(p.properties?.id))
      .filter((id) => /^p\d+(?:-[a-z]+)?$/.test(id))
      .slice(0, 12);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(numberOnOwnPage(id), id).toBe(numberOnDocument(id));
  });

  it('a preambular paragraph: ¶ on the document page, no number of its own on its page', () => {
    expect(numberOnDocument('pp1')).toBe('¶');
    expect(numberOnOwnPage('pp1')).toBeNull();
  });
});
