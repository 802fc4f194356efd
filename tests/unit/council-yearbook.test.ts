import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';

const CR = 'tests/fixtures/corpus/cr-unsc';
const WEB = 'tests/fixtures/corpus/web';

async function read(path: string): Promise<Document> {
  const result = await ingest(path, readFileSync(path));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.document;
}
const text = (d: Document, id: string) => plainText(d.blocks.find((b) => b.id === id)?.inlines ?? []);
const kinds = (d: Document, kind: string) => d.blocks.filter((b) => b.kind === kind);

describe('Security Council resolutions from the annual volumes are named by their heading', () => {
  // One file per shape of heading, across the decades of the volumes.
  const sample: [file: string, symbol: string, slug: string, date: string][] = [
    ['S_RES_0001_1946_EN_GOLD.txt', 'S/RES/1(1946)', 's-res-1-1946', '1946-01-25'], // "1 (1946) Resolution of", no formula
    ['S_RES_0029_1947_EN_GOLD.txt', 'S/RES/29(1947)', 's-res-29-1947', '1947-08-12'], // formula right under the heading
    ['S_RES_0161_1961_EN_GOLD.txt', 'S/RES/161(1961)', 's-res-161-1961', '1961-02-21'], // parts A and B
    ['S_RES_0201_1965_EN_GOLD.txt', 'S/RES/201(1965)', 's-res-201-1965', '1965-03-19'], // "Resolution 201 (1965)" / "of 19 March 1965"
    ['S_RES_0501_1982_EN_GOLD.txt', 'S/RES/501(1982)', 's-res-501-1982', '1982-02-25'], // quotes resolution 425 whole
    ['S_RES_0761_1992_EN_GOLD.txt', 'S/RES/761(1992)', 's-res-761-1992', '1992-06-29'], // "RESOLUTION 761 (1992)", "Adopted by … on"
    ['S_RES_1445_2002_EN_GOLD.txt', 'S/RES/1445(2002)', 's-res-1445-2002', '2002-12-04'], // masthead above the heading
  ];
  for (const [file, symbol, slug, date] of sample)
    it(`${file}: ${symbol}, Security Council, resolution, ${date}`, async () => {
      const d = await read(`${CR}/${file}`);
      expect(d.metadata.symbol).toBe(symbol);
      expect(d.slug).toBe(slug);
      expect(d.metadata.body).toBe('SC');
      expect(d.metadata.type).toBe('resolution');
      expect(d.metadata.date).toBe(date);
    });

  it('a resolution quoted inside another keeps its paragraphs inside the quoting one (501 quotes 425)', async () => {
    const d = await read(`${CR}/S_RES_0501_1982_EN_GOLD.txt`);
    expect(kinds(d, 'operative').map((b) => b.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(kinds(d, 'formula')).toHaveLength(1);
  });

  it('the adoption line closes the resolution', async () => {
    const d = await read(`${CR}/S_RES_0201_1965_EN_GOLD.txt`);
    expect(kinds(d, 'closing').map((b) => plainText(b.inlines))).toEqual([
      'Adopted unanimously at the 1193rd_ meeting.',
    ]);
  });
});

describe('a page holding more than the named resolution', () => {
  it('keeps the next resolution’s heading and the volume’s decisions out of 471, unplaced and reported', async () => {
    const d = await read(`${CR}/S_RES_0471_1980_EN_GOLD.txt`);
    expect(d.metadata.symbol).toBe('S/RES/471(1980)');
    expect(kinds(d, 'operative').map((b) => b.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    const unplaced = kinds(d, 'unplaced').map((b) => plainText(b.inlines));
    expect(unplaced.some((t) => t.startsWith('Resolution 474 (1980)'))).toBe(true);
    expect(unplaced.some((t) => t.startsWith('In a note dated 16 June 1980'))).toBe(true);
    expect(kinds(d, 'paragraph')).toEqual([]);
    expect(text(d, 'p7')).not.toMatch(/Decisions|474/);
    expect(
      d.diagnostics.some((x) => x.code === 'outside-named-resolution' && /S\/RES\/474\(1980\)/.test(x.message)),
    ).toBe(true);
  });

  it('keeps the end of the preceding text out of 851, unplaced, and its own preamble whole', async () => {
    const d = await read(`${CR}/S_RES_0851_1993_EN_GOLD.txt`);
    expect(d.metadata.symbol).toBe('S/RES/851(1993)');
    const first = d.blocks[0];
    expect(first.kind).toBe('unplaced');
    expect(plainText(first.inlines)).toMatch(/^cease its armed attacks/);
    expect(d.blocks.find((b) => b.kind === 'preambular')?.id).toBe('pp1');
    expect(text(d, 'pp1')).toMatch(/^Reaffirming its resolutions 696 \(1991\)/);
    expect(d.header.map((h) => plainText(h.inlines)).join(' ')).not.toMatch(/UNITA/);
  });

  it('names the complete resolution of a Spanish page (53, misprinted 1943) and keeps 54’s start unplaced', async () => {
    const d = await read(`${WEB}/es_s-res-53-1948-pagina17.verbatim.txt`);
    expect(d.metadata.symbol).toBe('S/RES/53(1948)');
    expect(d.metadata.date).toBe('1948-07-07');
    expect(kinds(d, 'preambular')).toHaveLength(1);
    expect(kinds(d, 'operative')).toEqual([]);
    expect(kinds(d, 'paragraph').map((b) => b.id)).toEqual(['para-1']);
    const unplaced = kinds(d, 'unplaced').map((b) => plainText(b.inlines));
    expect(unplaced.some((t) => t.startsWith('54 (1948). Resolución'))).toBe(true);
    expect(unplaced.some((t) => t.startsWith('1. Decide que la situación'))).toBe(true);
    expect(d.diagnostics.map((x) => x.code)).toContain('council-year-misprinted');
  });
});
