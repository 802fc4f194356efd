import type { Document, Inline } from '../model/document.ts';

export interface NoteCalls {
  /** The id of each call on the page: the first call to fn3 is fnref3, the next fnref3-2. */
  idOf: WeakMap<Inline, string>;
  /** How many calls each note has, for its back-links. */
  count: Map<string, number>;
}

/** Numbers the note calls of the running text in reading order, before rendering. */
export function numberCalls(doc: Document): NoteCalls {
  const idOf = new WeakMap<Inline, string>();
  const count = new Map<string, number>();
  for (const b of doc.blocks) {
    for (const i of b.inlines) {
      if (i.t !== 'noteref') continue;
      const n = (count.get(i.id) ?? 0) + 1;
      count.set(i.id, n);
      const base = i.id.replace(/^fn/, 'fnref');
      idOf.set(i, n === 1 ? base : `${base}-${n}`);
    }
  }
  return { idOf, count };
}
