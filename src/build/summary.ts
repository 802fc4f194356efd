/** A document's summary (src/model/summary.ts), made once when it is ingested. */
import { citingBlock } from '../ingest/references.ts';
import type { Document } from '../model/document.ts';
import { countsOf, excerpt } from '../site/citations.ts';
import type { CitingParagraph, DocumentSummary } from '../model/summary.ts';

export function summarize(doc: Document): DocumentSummary {
  const { blocks, footnotes: _f, header: _h, linkHints: _l, ...head } = doc;
  const citations: CitingParagraph[] = [];
  const seen = new Set<string>();
  for (const r of doc.references) {
    const block = citingBlock(blocks, r.in);
    const key = `${r.symbol} ${block?.id ?? r.in}`;
    if (!block || seen.has(key)) continue;
    seen.add(key);
    citations.push({
      symbol: r.symbol,
      block: { id: block.id, kind: block.kind, label: block.label },
      excerpt: excerpt(block, r.text),
      relation: r.relation,
    });
  }
  return {
    document: head,
    citations,
    blockIds: blocks.map((b) => b.id),
    counts: countsOf(doc),
  };
}
