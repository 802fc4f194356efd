import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import type { Document } from '../../src/model/document.ts';

// A constructed English resolution in the shape a layout-preserving extraction
// (`pdftotext -layout`) gives the UN's PDFs: masthead in two columns on shared lines,
// indented paragraphs, a note whose marker stands alone above its text, a folio line.
const source = readFileSync('tests/fixtures/layout/en-columns.txt', 'utf8');

async function read(text: string): Promise<Document> {
  const r = await ingest('en-columns.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
}

describe('a layout-preserving PDF extraction', () => {
  it('reads the masthead column by column: symbol, body, session, agenda item, date, title', async () => {
    const d = await read(source);
    expect(d.metadata).toMatchObject({
      symbol: 'A/RES/78/132',
      body: 'GA',
      session: 'Seventy-eighth',
      agendaItem: '16',
      date: '2023-12-19',
      type: 'resolution',
      title: 'Information and communications technologies for sustainable development',
    });
  });

  it('takes a note whose marker stands alone for a note, and its call in the text for a call', async () => {
    const d = await read(source);
    expect(d.blocks.map((b) => `${b.kind}:${b.id}`)).toEqual([
      'formula:formula',
      'preambular:pp1',
      'preambular:pp2',
      'operative:p1',
      'operative:p2',
      'subparagraph:p2-a',
      'subparagraph:p2-b',
      'operative:p3',
      'closing:closing',
    ]);
    expect(d.footnotes.map((n) => [n.id, n.missing])).toEqual([['fn1', false]]);
    expect(d.blocks.find((b) => b.id === 'pp2')!.inlines.some((i) => i.t === 'noteref' && i.id === 'fn1')).toBe(true);
  });

  it('keeps a preambular paragraph that lost its final comma out of the headings', async () => {
    const d = await read(source.replace('Development,1', 'Development'));
    expect(d.blocks.find((b) => b.kind === 'preambular' && b.id === 'pp2')).toBeTruthy();
    expect(d.blocks.some((b) => b.kind === 'heading')).toBe(false);
  });
});

describe('the same layout in Spanish and Chinese', () => {
  const expected = {
    es: {
      session: 'Septuagésimo octavo',
      title: 'Las tecnologías de la información y las comunicaciones para el desarrollo sostenible',
    },
    zh: { session: '七十八', title: '信息和通信技术促进可持续发展' },
  };
  it.each(Object.entries(expected))(
    '%s: masthead, paragraphs, note, closing and the resolutions it recalls',
    async (lang, meta) => {
      const r = await ingest(`${lang}-columns.txt`, readFileSync(`tests/fixtures/layout/${lang}-columns.txt`));
      if (!r.ok) throw new Error(r.diagnostic.message);
      const d = r.document;
      expect(d.language).toBe(lang);
      expect(d.metadata).toMatchObject({
        symbol: 'A/RES/78/132',
        body: 'GA',
        agendaItem: '16',
        date: '2023-12-19',
        type: 'resolution',
        ...meta,
      });
      // The Chinese closing prints the date above the meeting: one closing block, not a heading.
      expect(d.blocks.map((b) => `${b.kind}:${b.id}`)).toEqual([
        'formula:formula',
        'preambular:pp1',
        'preambular:pp2',
        'operative:p1',
        'operative:p2',
        'subparagraph:p2-a',
        'subparagraph:p2-b',
        'operative:p3',
        'closing:closing',
      ]);
      expect(d.footnotes.map((n) => [n.id, n.missing])).toEqual([['fn1', false]]);
      // Two resolutions recalled in one list; in Chinese each number has its own date and "第…号".
      const recalled = d.blocks.find((b) => b.id === 'pp1')!.inlines.flatMap((i) => (i.t === 'ref' ? [i.symbol] : []));
      expect(recalled).toEqual(['A/RES/70/125', 'A/RES/77/150']);
    },
  );
});
