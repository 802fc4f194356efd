import { plainText } from '../ingest/references.ts';
import type { Document } from '../model/document.ts';

/** The document as plain text: header, blocks with their printed numbers, then the notes. */
export function toPlainText(doc: Document): string {
  const lines = doc.header.map((h) => plainText(h.inlines));
  for (const b of doc.blocks) {
    const text = plainText(b.inlines).replace(/\s+/g, ' ').trim();
    const label =
      b.kind === 'operative'
        ? `${b.label}. `
        : b.kind === 'subparagraph'
          ? `${b.label}) `
          : b.kind === 'heading' && b.label
            ? `${b.label}. `
            : '';
    lines.push('', `${label}${text}`);
  }
  if (doc.footnotes.length) lines.push('', '____');
  for (const n of doc.footnotes) lines.push(`${n.marker} ${n.missing ? '[…]' : plainText(n.inlines).trim()}`);
  return `${lines.join('\n').trim()}\n`;
}
