import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { isSymbol, symbolFromPdfName } from '../../src/ingest/symbols.ts';

const read = async (path: string) => {
  const r = await ingest(path, readFileSync(path));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};
const calls = (d: Awaited<ReturnType<typeof read>>) =>
  d.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.t === 'noteref' ? [i.marker] : [])));

describe('note calls written out are taken in sequence, with their notes', () => {
  it('"1/" calls and "1/ …" notes (older UN documents), the words around them kept', async () => {
    const d = await read('tests/fixtures/numbering/en-slash-calls.txt');
    expect(calls(d)).toEqual(['1', '2']);
    expect(d.footnotes.map((n) => [n.marker, n.missing])).toEqual([
      ['1', false],
      ['2', false],
    ]);
    expect(d.blocks.map((b) => b.id)).toEqual(['formula', 'pp1', 'para-1', 'para-1-a', 'para-1-b', 'closing']);
  });

  it('"[1]", "(2)" and "*" calls with their notes', async () => {
    const d = await read('tests/fixtures/numbering/en-bracket-paren-star-calls.txt');
    expect(calls(d)).toEqual(['1', '2', '*']);
    expect(d.footnotes.map((n) => n.marker)).toEqual(['*', '1', '2']);
    expect(d.footnotes.every((n) => !n.missing)).toBe(true);
  });

  it('"(1)" glued to a word is a call only where a note line "(1) …" gives its text', async () => {
    const text = 'The General Assembly,\n\nRecalling alert(1) and the list: (2) items,\n\n1. Decides to continue.\n';
    const r = await ingest('enumeration.txt', new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.diagnostic.message);
    expect(calls(r.document)).toEqual([]);
    expect(r.document.footnotes).toEqual([]);
  });

  it('wiki "[1]" calls without their texts are flagged missing, never dropped (ru web copy)', async () => {
    const d = await read('tests/fixtures/corpus/web/ru_a-res-1767-xvii-wikisource.txt');
    expect(calls(d)).toEqual(['1', '2', '3']);
    expect(d.footnotes.map((n) => [n.marker, n.missing])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
    ]);
  });

  it('a volume’s notes numbered across the book: the page’s first note is 29, nothing before it is missing', async () => {
    const d = await read('tests/fixtures/corpus/web/en_s-res-53-1948.txt');
    expect(calls(d)).toEqual(['29']);
    expect(d.footnotes.map((n) => [n.marker, n.missing])).toEqual([['29', false]]);
  });
});

describe('symbols', () => {
  it('reads conference report parts and corrigenda, and emergency special sessions', () => {
    for (const s of [
      'NPT/CONF.2000/28 (Parts I and II)',
      'NPT/CONF.1995/32 (Part I)/Corr.2',
      'A/ES-11/L.1',
      'A/RES/ES-10/21',
    ])
      expect(isSymbol(s), s).toBe(true);
  });
  it('reads the symbol a PDF file name spells', () => {
    expect(symbolFromPdfName('页面:A ES-11 L.1 C.pdf/2')).toBe('A/ES-11/L.1');
    expect(symbolFromPdfName('https://digitallibrary.un.org/record/1/files/A_RES_80_1-EN.pdf')).toBe('A/RES/80/1');
    expect(
      symbolFromPdfName('Página:ONU - Resoluciones y decisiones del Consejo de Seguridad - 1948.pdf/17'),
    ).toBeNull();
  });
});
