import type { Block, Document } from '../model/document.ts';
import type { Annotation } from '../site/annotations.ts';
import { annotationHtml } from './annotation.ts';
import { correctionHtml } from './correction.ts';

/**
 * What follows a block of the text: its correction if editors made one, then the
 * annotations placed after it (`bodies`: each annotation's rendered MDX, by its file).
 */
export function afterBlockHtml(
  block: Block,
  annotations: Annotation[],
  bodies: Map<string, string>,
  page: { doc: Document; root: string; symbols: Map<string, Document> },
): string {
  return (
    (block.correction ? correctionHtml(block, page.doc.language) : '') +
    annotations.map((a) => annotationHtml(a, bodies.get(a.file)!, page)).join('')
  );
}
