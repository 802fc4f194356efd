import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { lostWords, operativeNumbersOf, truthSymbol } from '../helpers/council-truth.ts';

/**
 * Every Security Council resolution of the corpus (OCR of the annual volumes, 1946–2002):
 * its symbol (the file name is the ground truth, never an input to ingest), its operative
 * numbers (derived here from the text by a rule of its own, line by line) and every word
 * of six letters or more of the source, kept in the model.
 */
const DIR = 'tests/fixtures/corpus/cr-unsc';
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const THRESHOLD = 0.98;

describe('every Security Council resolution of the corpus', async () => {
  const results = await Promise.all(
    files.map(async (file) => {
      const source = readFileSync(`${DIR}/${file}`, 'utf8');
      const r = await ingest(file, readFileSync(`${DIR}/${file}`));
      if (!r.ok) throw new Error(r.diagnostic.message);
      return { file, source, d: r.document };
    }),
  );

  it('the oracle of operative numbers reads the text, not the model', () => {
    expect(operativeNumbersOf('1. Decides;\n\n2, Requests;\n\nL. x\n\n3 Calls upon all\n\n4 June 1964')).toEqual([
      1, 2, 3,
    ]);
    expect(operativeNumbersOf('1. Urges;\n“2. Quoted;\n2. Calls;\n8. Renews;\n4. Requests;')).toEqual([1, 2, 3, 4]);
  });

  it(`all ${files.length} files are read`, () => expect(results).toHaveLength(451));

  it(`at least ${THRESHOLD * 100} % get their symbol, the Council as body and the type resolution`, () => {
    const wrong = results.filter(
      ({ file, d }) =>
        d.metadata.symbol !== truthSymbol(file) ||
        d.slug !==
          truthSymbol(file)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/-$/, '') ||
        d.metadata.body !== 'SC' ||
        d.metadata.type !== 'resolution',
    );
    const names = wrong.map((w) => `${w.file}: ${w.d.metadata.symbol}`).join(' ');
    expect(1 - wrong.length / files.length, names).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it(`at least ${THRESHOLD * 100} % have the operative numbers the text shows`, () => {
    const wrong = results.filter(({ source, d }) => {
      const got = d.blocks.filter((b) => b.kind === 'operative').map((b) => Number(/p(\d+)$/.exec(b.id)?.[1]));
      return JSON.stringify(got) !== JSON.stringify(operativeNumbersOf(source));
    });
    expect(1 - wrong.length / files.length, wrong.map((w) => w.file).join(' ')).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('keep every word of six letters or more of the source', () => {
    const lost = results
      .map(({ file, source, d }) => [file, lostWords(source, d)] as const)
      .filter(([, l]) => l.length);
    expect(lost).toEqual([]);
  });
});
