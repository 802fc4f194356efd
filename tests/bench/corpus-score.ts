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
import type { Document } from '../../src/model/document.ts';
import { lostWords, operativeNumbersOf, truthSymbol } from '../helpers/council-truth.ts';
import { scoreRailcar } from '../helpers/railcar-score.ts';
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

// railcar: every shape against its resolution's Markdown, and the shapes against each other.
const railcar = await scoreRailcar(read);
for (const [k, results] of Object.entries(railcar.measures)) tally('railcar', k, results);
tally('railcar', 'all shapes of a resolution agree (ids pp/p/sub/fn)', railcar.agreement);

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
