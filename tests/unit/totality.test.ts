import { readFileSync, readdirSync } from 'node:fs';
import { SOURCE_TEXT } from '../../src/ingest/corpus.ts';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { Document } from '../../src/model/document.ts';

/** A small deterministic generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const seedTexts = readdirSync('seeds')
  .filter((f) => SOURCE_TEXT.test(f))
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'));

/** Cuts, duplicates, shuffles and garbles lines of real seeds: shapes a PDF extraction can produce. */
function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const r = rnd();
    if (r < 0.05) continue;
    if (r < 0.08) out.push(line, line);
    else if (r < 0.1) out.push(line.slice(0, Math.floor(rnd() * line.length)));
    else if (r < 0.12) out.push(`${line}${Math.floor(rnd() * 99)}`);
    else if (r < 0.13) out.push('__________', ` ${Math.floor(rnd() * 30)} note`, 'https://undocs.org/fr/A/RES/1/1');
    else if (r < 0.14) out.push(line.replace(/[aeiou]/g, '\uFFFD'));
    else out.push(line);
  }
  if (rnd() < 0.3) out.reverse();
  return out.join(rnd() < 0.5 ? '\n' : '\r\n');
}

describe('ingest is total', () => {
  it('never throws and always returns a schema-valid model on mutated seeds', async () => {
    for (let k = 0; k < 25; k++) {
      const rnd = random(k + 1);
      const text = mutate(seedTexts[k % seedTexts.length], rnd);
      const result = await ingest(`fuzz-${k}.txt`, new TextEncoder().encode(text));
      expect(result.ok, `case ${k}`).toBe(true);
      if (result.ok) {
        expect(() => Document.parse(result.document)).not.toThrow();
        expect(
          result.document.diagnostics.some((d) => d.code === 'parser-failure'),
          `case ${k}`,
        ).toBe(false);
      }
    }
  }, 120_000);

  it('keeps every word of the source somewhere in the model (nothing silently dropped)', async () => {
    for (const file of readdirSync('seeds').filter((f) => SOURCE_TEXT.test(f))) {
      const result = await ingest(file, readFileSync(`seeds/${file}`));
      if (!result.ok) throw new Error(file);
      const d = result.document;
      const kept = JSON.stringify([d.header, d.blocks, d.footnotes, d.metadata]).toLowerCase();
      const words = readFileSync(`seeds/${file}`, 'utf8')
        .split('\n')
        .filter((l) => !/^https?:\/\/\S+$/.test(l.trim())) // hyperlink lists are hints, kept in linkHints
        .join(' ')
        .match(/\p{L}{6,}/gu)!;
      const lost = [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => !kept.includes(w));
      expect(lost, file).toEqual([]);
    }
  });
});
