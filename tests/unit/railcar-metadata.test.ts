import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import type { Document } from '../../src/model/document.ts';
import { RAILCAR, railcarShapes } from '../helpers/railcar-truth.ts';

const model = async (name: string, bytes: Uint8Array): Promise<Document> => {
  const r = await ingest(name, bytes);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};
const allText = (d: Document) =>
  [...d.header, ...d.blocks].map((b) => b.inlines.map((i) => ('v' in i ? i.v : '')).join('')).join('\n');

describe('front matter and flattened mastheads (railcar, every shape)', () => {
  it('reads the front matter as metadata, never as text, and agrees with the text on the symbol', async () => {
    for (const files of railcarShapes().values())
      for (const f of files) {
        const d = await model(f, readFileSync(join(RAILCAR, f)));
        expect(allText(d), f).not.toMatch(/source_pdf|extract_version|record_id/);
        expect(d.metadata.symbol, f).toBe(f.replace(/\.v.*$/, '').replace(/_/g, '/'));
      }
  });

  it('splits a masthead a converter flattened onto a few lines back into its fields', async () => {
    for (const f of railcarShapes().get('A_RES_80_7')!) {
      const d = await model(f, readFileSync(join(RAILCAR, f)));
      expect([d.metadata.session, d.metadata.agendaItem, d.metadata.date], f).toEqual([
        'Eightieth',
        '89',
        '2025-11-14',
      ]);
    }
  });

  it('takes from the front matter what the text lacks, and reports where the two disagree', async () => {
    const body =
      'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to remain seized of the matter.\n';
    const lacking = await model(
      'a.txt',
      new TextEncoder().encode(`---\nsymbol: A/RES/80/999\ndate: "2025-12-01"\n---\n${body}`),
    );
    expect(lacking.metadata.symbol).toBe('A/RES/80/999');
    expect(lacking.metadata.sources.symbol).toBe('front matter');
    expect(lacking.blocks[0].line).toBe(5); // the front matter's lines keep their numbers
    const header = 'United Nations A/RES/80/7\n\nResolution adopted by the General Assembly on 14 November 2025\n\n';
    const disagreeing = await model(
      'b.txt',
      new TextEncoder().encode(`---\nsymbol: A/RES/80/8\n---\n${header}${body}`),
    );
    expect(disagreeing.metadata.symbol).toBe('A/RES/80/7');
    expect(disagreeing.diagnostics).toContainEqual(expect.objectContaining({ code: 'front-matter-disagrees' }));
  });

  it('completes a title line cut short from where the text cites it whole, in every shape', async () => {
    const whole =
      'Possible risks of the integration of artificial intelligence into command, control and communications systems of nuclear weapons';
    for (const f of railcarShapes().get('A_RES_80_23')!) {
      const d = await model(f, readFileSync(join(RAILCAR, f)));
      expect(d.metadata.title, f).toBe(whole);
      expect(d.diagnostics, f).toContainEqual(expect.objectContaining({ code: 'title-completed' }));
    }
  });

  it('never completes a whole title with a catalogue’s stray punctuation', async () => {
    for (const f of railcarShapes().get('A_RES_80_7')!) {
      const d = await model(f, readFileSync(join(RAILCAR, f)));
      expect(d.metadata.title, f).toBe('Report of the International Atomic Energy Agency');
    }
  });
});
