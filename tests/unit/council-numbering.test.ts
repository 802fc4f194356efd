import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { betweenNeighbours, misreadOperativeNumber, misreadSubLetter } from '../../src/ingest/ocr-numbers.ts';
import type { Document } from '../../src/model/document.ts';

const CR = 'tests/fixtures/corpus/cr-unsc';

async function read(file: string): Promise<Document> {
  const result = await ingest(file, readFileSync(`${CR}/${file}`));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.document;
}
const block = (d: Document, id: string) => d.blocks.find((b) => b.id === id);

describe('the sequence decides a number or letter misread by OCR', () => {
  it('reads a look-alike token as the number expected next, and only that one', () => {
    const none = () => null;
    expect(misreadOperativeNumber('4, Demands that all parties', 4, none)?.groups).toMatchObject({
      n: '4',
      printed: '4',
    });
    expect(misreadOperativeNumber('L. Strongly condemns', 1, none)?.groups).toMatchObject({ n: '1', printed: 'L' });
    expect(misreadOperativeNumber('i9. Calls upon', 19, none)?.groups).toMatchObject({ n: '19', printed: 'i9' });
    expect(misreadOperativeNumber('ll. Calls once again', 11, none)?.groups).toMatchObject({ n: '11' });
    expect(misreadOperativeNumber('6.Calls for an immediate', 6, none)?.groups?.n).toBe('6');
    expect(misreadOperativeNumber('ll. Calls once again', 12, none)).toBeNull();
    expect(misreadOperativeNumber('I. Pumps of medium capacity', 1, none)).toBeNull(); // a roman section number
    expect(misreadOperativeNumber('i. e. the parties', 1, none)).toBeNull();
    // Digits without a stop only between their neighbours.
    expect(misreadOperativeNumber('7 Calls upon all States', 7, () => 8)?.groups?.n).toBe('7');
    expect(misreadOperativeNumber('7 Calls upon all States', 7, () => null)).toBeNull();
    expect(betweenNeighbours(8, 4, () => 6)).toBe(5);
    expect(betweenNeighbours(8, 4, () => 9)).toBe(8);
    expect(misreadSubLetter('(6) To settle their dispute', 'b')?.groups?.as).toBe('b');
    expect(misreadSubLetter('(1) To withdraw', 'i')?.groups?.as).toBe('i');
    expect(misreadSubLetter('(1) To withdraw', 'a')).toBeNull();
  });

  it('keeps the printed label and gives the id the sequence gives (277: "i." is 1, "i9." is 19)', async () => {
    const d = await read('S_RES_0277_1970_EN_GOLD.txt');
    expect(block(d, 'p1')).toMatchObject({ kind: 'operative', label: 'i' });
    expect(block(d, 'p19')).toMatchObject({ kind: 'operative', label: 'i9' });
    expect(d.blocks.filter((b) => b.kind === 'operative')).toHaveLength(24);
    expect(d.diagnostics.some((x) => x.code === 'paragraph-number-misread')).toBe(true);
  });

  it('591: a printed 8 between 4 and 6 is paragraph 5, "7 Calls" between 6 and 8 is 7', async () => {
    const d = await read('S_RES_0591_1986_EN_GOLD.txt');
    const ops = d.blocks.filter((b) => b.kind === 'operative');
    expect(ops.map((b) => b.id)).toEqual(Array.from({ length: 15 }, (_, k) => `p${k + 1}`));
    expect(block(d, 'p5')?.label).toBe('8');
  });

  it('853: "ll." opens paragraph 11 instead of being appended to 10', async () => {
    const d = await read('S_RES_0853_1993_EN_GOLD.txt');
    expect(block(d, 'p11')).toMatchObject({ label: 'll' });
    expect(
      block(d, 'p10')
        ?.inlines.map((i) => (i.t === 'text' ? i.v : ''))
        .join(''),
    ).not.toMatch(/unimpeded access/);
  });

  it('27 and 543: "(6)" after (a) is sub-paragraph b of the unnumbered operative paragraph', async () => {
    const d27 = await read('S_RES_0027_1947_EN_GOLD.txt');
    expect(block(d27, 'para-1-a')?.kind).toBe('subparagraph');
    expect(block(d27, 'para-1-b')).toMatchObject({ kind: 'subparagraph', label: '6' });
    const d543 = await read('S_RES_0543_1983_EN_GOLD.txt');
    expect(d543.blocks.filter((b) => b.kind === 'subparagraph').map((b) => b.label)).toEqual(['a', '6', 'c']);
    // "Force, 22" (a spaced note call after the comma) ends the preambular paragraph: "Decides:" is not swallowed.
    expect(d543.blocks.filter((b) => /^para-1/.test(b.id)).map((b) => b.id)).toEqual([
      'para-1',
      'para-1-a',
      'para-1-b',
      'para-1-c',
    ]);
  });

  it('87: "Decides:" then (a), (b) are an unnumbered operative paragraph and its items', async () => {
    const result = await ingest('en_s-res-87-1950.txt', readFileSync('tests/fixtures/corpus/web/en_s-res-87-1950.txt'));
    if (!result.ok) throw new Error('unread');
    const d = result.document;
    expect(d.blocks.filter((b) => b.kind === 'preambular')).toHaveLength(4);
    expect(d.blocks.filter((b) => /^para-1/.test(b.id)).map((b) => b.id)).toEqual(['para-1', 'para-1-a', 'para-1-b']);
  });
});
