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

describe('notes in the other shapes of the same resolutions', () => {
  const text = (d: Document) => d.blocks.map((b) => b.inlines.map((i) => ('v' in i ? i.v : '')).join('')).join('\n');

  it('cleaned text with no rules: a note loose between paragraphs is a note, and the paragraph it cut is whole', async () => {
    const d = await model(`${corpus}/railcar/A_RES_80_11.v1.1.0.txt`);
    expect(d.footnotes.map((n) => n.marker)).toEqual(['1', '2', '3', '4']);
    expect(text(d)).not.toMatch(/^1 Including General Assembly/m);
    expect(text(d)).not.toMatch(/^\d A\/79\//m);
  });

  it('GitHub footnotes: definitions with indented continuation lines, calls marked or left as bare digits', async () => {
    const d = await model(`${corpus}/railcar/A_RES_80_7.v1.3.0.md`);
    expect(d.format).toBe('markdown');
    expect(d.footnotes.map((n) => n.marker)).toEqual(['1', '2', '3']);
    expect(calls(d)).toEqual(['1', '2', '3']);
    const two = d.footnotes[1].inlines.map((i) => ('v' in i ? i.v : '')).join('');
    expect(two).toContain('Taken during the 69th Regular Session');
  });

  it('a definition out of the sequence ("[^1653]:") is a wrapped line of text, kept in its paragraph and reported', async () => {
    const d = await model(`${corpus}/railcar/A_RES_80_59.v1.3.0.md`);
    expect(d.footnotes.map((n) => n.marker)).not.toContain('1653');
    expect(text(d)).toMatch(/as declared in its resolutions 1653 \(XVI\) of 24 November 1961/);
    expect(d.diagnostics.some((x) => x.code === 'markdown-note-artefact')).toBe(true);
  });
});
