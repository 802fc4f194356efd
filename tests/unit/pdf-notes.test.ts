import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import type { Document } from '../../src/model/document.ts';

const corpus = 'tests/fixtures/corpus';
const model = async (path: string): Promise<Document> => {
  const r = await ingest(path, readFileSync(path));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};
const calls = (d: Document) =>
  [...d.header, ...d.blocks].flatMap((b) => b.inlines.flatMap((i) => (i.t === 'noteref' ? [i.marker] : [])));

describe('notes of PDF text set at the margin under a rule', () => {
  it('are notes, called from the text, in every file of that shape', async () => {
    const web = await model(`${corpus}/web/en_a-res-80-7.txt`);
    expect(web.footnotes.map((n) => n.marker)).toEqual(['1', '2', '3']);
    expect(calls(web)).toEqual(['1', '2', '3']);
    // The raw PyMuPDF text: notes at each page foot after "_______________", marker at the margin.
    for (const [n, count] of [
      [3, 16],
      [7, 3],
      [9, 15],
    ] as const) {
      const d = await model(`${corpus}/railcar/A_RES_80_${n}.v1.0.0.txt`);
      expect(d.footnotes.map((x) => x.marker)).toEqual(Array.from({ length: count }, (_, k) => String(k + 1)));
      for (const b of d.blocks)
        expect(b.inlines.map((i) => (i.t === 'text' ? i.v : '')).join('')).not.toMatch(/^\d+ See /);
    }
  });

  it('are never called from inside a document symbol', async () => {
    const d = await model(`${corpus}/web/en_a-res-80-1.txt`);
    const header = d.header.flatMap((h) => h.inlines);
    expect(header).toContainEqual(expect.objectContaining({ t: 'ref', symbol: 'A/80/L.2/Rev.1' }));
    expect(header.some((i) => i.t === 'noteref')).toBe(false);
    expect(d.blocks.find((b) => b.id === 'pp1')!.inlines).toContainEqual(
      expect.objectContaining({ t: 'noteref', marker: '1' }),
    );
  });
});
