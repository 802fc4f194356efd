import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';
import { SHAPES, retypeset } from '../helpers/retypeset.ts';

/**
 * Ingest is held to shapes beyond the corpus: a model typeset back into each shape in which
 * UN texts arrive (tests/helpers/retypeset.ts) must be read back into the same structure —
 * the same ids in the same order, the same notes, the same text whitespace aside.
 */
const FIXTURES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l) => `tests/fixtures/mini/${l}.txt`);

const model = async (file: string, bytes: Uint8Array): Promise<Document> => {
  const r = await ingest(file, bytes);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document;
};
const squeeze = (s: string) => s.replace(/\s+/gu, '');
const structure = (d: Document) => ({
  blocks: d.blocks.map((b) => `${b.kind} ${b.id} ${squeeze(plainText(b.inlines))}`),
  notes: d.footnotes.map((n) => `${n.id} ${squeeze(plainText(n.inlines))}`),
});

describe('a model typeset again in another shape is read back the same', () => {
  for (const file of FIXTURES) {
    describe(file, () => {
      for (const shape of SHAPES) {
        it(shape, async () => {
          const original = await model(file, readFileSync(file));
          expect(original.blocks.some((b) => b.kind === 'operative')).toBe(true);
          const text = retypeset(original, shape);
          const again = await model(`${shape}.${shape === 'markdown' ? 'md' : 'txt'}`, new TextEncoder().encode(text));
          expect(again.language).toBe(original.language);
          expect(structure(again), text).toEqual(structure(original));
        });
      }
    });
  }
});
