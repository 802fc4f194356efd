import { loadCorpus } from '../../src/ingest/corpus.ts';
import type { Block, Document } from '../../src/model/document.ts';
import { plainText } from '../../src/ingest/references.ts';

let corpus: ReturnType<typeof loadCorpus> | undefined;

/** The five real seeds, ingested once per test file. */
export async function seeds(): Promise<Record<string, Document>> {
  corpus ??= loadCorpus('seeds', 'content');
  const { documents } = await corpus;
  return Object.fromEntries(documents.map((d) => [d.file.slice(0, 3), d]));
}

export const ids = (d: Document, kind: Block['kind'], part?: number): string[] =>
  d.blocks.filter((b) => b.kind === kind && (part === undefined || b.part === part)).map((b) => b.id);

export const block = (d: Document, id: string): Block => {
  const b = d.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`${d.file} has no block ${id}`);
  return b;
};

export const text = (b: { inlines: Block['inlines'] }): string => plainText(b.inlines);

export const range = (from: number, to: number, prefix = 'p'): string[] =>
  Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${from + k}`);
