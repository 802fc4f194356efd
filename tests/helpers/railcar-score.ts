/**
 * How ingest reads every shape of the railcar resolutions (tests/fixtures/corpus/railcar/):
 * each shape against what its resolution's Markdown shows (./railcar-truth.ts) on notes,
 * operative numbers, sub-paragraph labels, preambular count and page furniture left in a
 * paragraph; and the shapes of one resolution against each other. Shared by
 * `npm run bench:corpus` and tests/unit/railcar-measures.test.ts.
 */
import { join } from 'node:path';
import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';
import { RAILCAR, markdownTruth, railcarShapes } from './railcar-truth.ts';

export interface Result {
  ok: boolean;
  why: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const TEXT = new Set(['preambular', 'operative', 'subparagraph', 'paragraph', 'heading', 'formula']);

export async function scoreRailcar(
  read: (path: string) => Promise<Document>,
): Promise<{ measures: Record<string, Result[]>; agreement: Result[] }> {
  const measures: Record<string, Result[]> = {
    notes: [],
    operative: [],
    subparagraphs: [],
    preambular: [],
    furniture: [],
  };
  const agreement: Result[] = [];
  for (const [resolution, files] of railcarShapes()) {
    const truth = markdownTruth(resolution);
    const structures: string[] = [];
    for (const f of files) {
      const d = await read(join(RAILCAR, f));
      const got = {
        notes: d.footnotes.filter((n) => !n.missing).map((n) => n.marker),
        operative: d.blocks.filter((b) => b.kind === 'operative').map((b) => Number(b.label)),
        subparagraphs: d.blocks.filter((b) => b.kind === 'subparagraph').map((b) => b.label),
        preambular: d.blocks.filter((b) => b.kind === 'preambular').length,
      };
      if (truth)
        for (const k of ['notes', 'operative', 'subparagraphs', 'preambular'] as const)
          measures[k].push({
            ok: same(got[k], truth[k]),
            why: `${f}: ${JSON.stringify(truth[k]).slice(0, 60)} → ${JSON.stringify(got[k]).slice(0, 60)}`,
          });
      const own = resolution.replace(/_/g, '/');
      const furniture = d.blocks
        .filter((b) => TEXT.has(b.kind))
        .map((b) => plainText(b.inlines))
        .find((t) => /\b\d{2}-\d{5}\b|\*\d{7}\*|_{5,}|(?:^|\s)---(?:\s|$)|\[\^\d+\]:/.test(t) || t.includes(`${own} `));
      measures.furniture.push({ ok: !furniture, why: `${f}: ${furniture?.slice(0, 80)}` });
      structures.push(
        JSON.stringify([
          d.blocks.filter((b) => /^(?:annex\d+-)?(?:pp|p)\d/.test(b.id)).map((b) => b.id),
          d.footnotes.map((n) => n.id),
        ]),
      );
    }
    agreement.push({
      ok: new Set(structures).size === 1,
      why: `${resolution}: ${new Set(structures).size} structures`,
    });
  }
  return { measures, agreement };
}
