import { LANGUAGES, type Block, type Document } from '../model/document.ts';
import { isParagraph } from './citations.ts';

/** One row of the side-by-side page: a paragraph (or heading) id and its block in each version, if it has one. */
export interface SideBySideRow {
  id: string;
  /** One entry per version, in the order of the versions given; undefined where that version lacks the id. */
  cells: (Block | undefined)[];
}

/** The blocks the page aligns: paragraphs, and headings to keep a long text readable. */
const aligned = (b: Block): boolean => isParagraph(b) || (b.kind === 'heading' && b.id !== '');

/** The page's own version first, then the others in the order of the six languages. */
export const columnOrder = (doc: Document, versions: Document[]): Document[] => [
  doc,
  ...[...versions].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language)),
];

/**
 * Whether id `a` comes before id `b` by its numbers alone: p2 < p2-a < p3 < p10, pp2 < pp3.
 * Ids of different shapes (pp1 and p1, h3 and p5) cannot be ordered so: false.
 */
export function numberedBefore(a: string, b: string): boolean {
  const [x, y] = [a.match(/\d+|\D+/g) ?? [], b.match(/\d+|\D+/g) ?? []];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    if (x[k] === y[k]) continue;
    return /^\d/.test(x[k]) && /^\d/.test(y[k]) && Number(x[k]) < Number(y[k]);
  }
  return x.length < y.length;
}

/**
 * Aligns language versions of one document by paragraph id (ids are the same in every
 * language: pp1, p1, p2-a…). The rows are the union of the ids, in the first version's
 * order. Ids a later version adds go between the ids around them in that version; among
 * other versions' ids there, by number where the ids say (p2-a before p3), else after them.
 */
export function alignVersions(versions: Document[]): SideBySideRow[] {
  const order: string[] = [];
  const rowOf = new Map<string, SideBySideRow>();
  versions.forEach((doc, column) => {
    let after = -1; // where this version's last id already in `order` stands
    let added: string[] = []; // its new ids since then
    const place = (until: number) => {
      for (const id of added) {
        let at = after + 1;
        while (at < until && !numberedBefore(id, order[at])) at++;
        order.splice(at, 0, id);
        until++;
        after = at;
      }
      added = [];
    };
    for (const block of doc.blocks.filter(aligned)) {
      let row = rowOf.get(block.id);
      if (!row) {
        row = { id: block.id, cells: versions.map(() => undefined) };
        rowOf.set(block.id, row);
        added.push(block.id);
      } else if (!added.includes(block.id)) {
        place(order.indexOf(block.id));
        after = Math.max(after, order.indexOf(block.id));
      }
      row.cells[column] ??= block; // an id repeated in one version keeps its first block
    }
    place(order.length);
  });
  return order.map((id) => rowOf.get(id)!);
}
