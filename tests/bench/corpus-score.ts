/**
 * `npm run bench:corpus [-- --verbose]`: how ingest reads the real documents in
 * tests/fixtures/corpus/, measured against what each document shows, as #14 counts it:
 * railcar GA resolutions against their own Markdown (tests/helpers/railcar-truth.ts) and
 * across their shapes, Council resolutions against their file names and a line-by-line
 * reading (tests/helpers/council-truth.ts), web copies against their hand-read truth files
 * (tests/helpers/web-truth.ts). `--verbose` lists every miss.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';
import { lostWords, operativeNumbersOf, truthSymbol } from '../helpers/council-truth.ts';
import { RAILCAR, markdownTruth, railcarShapes } from '../helpers/railcar-truth.ts';
import { scoreWebCopies } from '../helpers/web-truth.ts';

const verbose = process.argv.includes('--verbose');
const rows: { collection: string; measure: string; passed: number; of: number }[] = [];
const tally = (collection: string, measure: string, results: { ok: boolean; why: string }[]) => {
  rows.push({ collection, measure, passed: results.filter((r) => r.ok).length, of: results.length });
  if (verbose) for (const r of results.filter((x) => !x.ok)) console.log(`✗ ${collection} ${measure}: ${r.why}`);
};
const read = async (path: string): Promise<Document> => {
  const r = await ingest(path, readFileSync(path));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const TEXT = new Set(['preambular', 'operative', 'subparagraph', 'paragraph', 'heading', 'formula']);

// railcar: every shape against its resolution's Markdown, and the shapes against each other.
const measures = { notes: [], operative: [], subparagraphs: [], preambular: [], furniture: [] } as Record<
  string,
  { ok: boolean; why: string }[]
>;
const agreement: { ok: boolean; why: string }[] = [];
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
  agreement.push({ ok: new Set(structures).size === 1, why: `${resolution}: ${new Set(structures).size} structures` });
}
for (const [k, results] of Object.entries(measures)) tally('railcar', k, results);
tally('railcar', 'all shapes of a resolution agree (ids pp/p/sub/fn)', agreement);

// cr-unsc: symbol and operative numbers, and the words of six letters or more.
const council = 'tests/fixtures/corpus/cr-unsc';
const symbols: { ok: boolean; why: string }[] = [];
const numbers: { ok: boolean; why: string }[] = [];
const words: { ok: boolean; why: string }[] = [];
for (const f of readdirSync(council).filter((x) => x.endsWith('.txt'))) {
  const source = readFileSync(join(council, f), 'utf8');
  const d = await read(join(council, f));
  symbols.push({ ok: d.metadata.symbol === truthSymbol(f), why: `${f}: ${d.metadata.symbol}` });
  const expected = operativeNumbersOf(source);
  const got = d.blocks.filter((b) => b.kind === 'operative' && b.part === 0).map((b) => Number(b.id.slice(1)));
  numbers.push({ ok: same(got, expected), why: `${f}: ${expected} → ${got}` });
  const lost = lostWords(source, d);
  words.push({ ok: lost.length === 0, why: `${f}: ${lost.slice(0, 5).join(', ')}` });
}
tally('cr-unsc', 'symbol', symbols);
tally('cr-unsc', 'operative numbers', numbers);
tally('cr-unsc', 'every word of six letters or more kept', words);

// web: every field of every truth file, both forms.
const web = await scoreWebCopies('tests/fixtures/corpus/web');
tally(
  'web',
  'truth-file checks',
  web.map((c) => ({
    ok: c.ok,
    why: `${c.file} ${c.field}: ${JSON.stringify(c.expected)} → ${JSON.stringify(c.actual)}`,
  })),
);

console.log('| collection | measure | passed | share |\n| --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.collection} | ${r.measure} | ${r.passed} of ${r.of} | ${((100 * r.passed) / r.of).toFixed(1)} % |`,
  );
