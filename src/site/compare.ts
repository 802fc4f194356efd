import { diffArrays, diffWords } from 'diff';
import { plainText } from '../ingest/references.ts';
import type { Block, Document } from '../model/document.ts';
import { isParagraph } from './citations.ts';
import { corpus, documentsBySymbol } from './corpus.ts';

/** A paragraph of the draft aligned with its paragraph in the adopted text (either may be absent). */
export interface AlignedParagraph {
  draft?: Block;
  adopted?: Block;
  /** Word by word, from the draft's text to the adopted text. */
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

/** The words that carry meaning: numbers, and words of four letters or more (not "de", "la", "the"). */
const words = (b: Block) =>
  new Set(
    (
      plainText(b.inlines)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((w) => /\p{N}/u.test(w) || w.length >= 4),
  );

/**
 * Two paragraphs are the same paragraph, amended, when most words of the shorter are in
 * the longer, and the longer is not mostly new (an amendment adds a clause, not a page).
 */
function similar(a: Block, b: Block): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return (
    shared / Math.max(1, Math.min(x.size, y.size)) >= 0.6 && shared / Math.max(1, Math.max(x.size, y.size)) >= 0.25
  );
}

/**
 * Aligns the paragraphs of a draft and of the text adopted from it. Paragraphs are
 * matched by content, not by number: adoption renumbers them when one is inserted or
 * deleted. Within a matched pair, insertions and deletions are marked word by word.
 */
export function alignParagraphs(draft: Document, adopted: Document): AlignedParagraph[] {
  const before = draft.blocks.filter(isParagraph);
  const after = adopted.blocks.filter(isParagraph);
  const out: AlignedParagraph[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(before, after, { comparator: similar })) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k++) {
      if (change.removed)
        out.push({ draft: before[i], parts: [{ value: plainText(before[i++].inlines), removed: true }] });
      else if (change.added)
        out.push({ adopted: after[j], parts: [{ value: plainText(after[j++].inlines), added: true }] });
      else
        out.push({
          draft: before[i],
          adopted: after[j],
          parts: diffWords(plainText(before[i++].inlines), plainText(after[j++].inlines)),
        });
    }
  }
  return out;
}

/** The draft a document was adopted from, when the corpus holds it in the same language. */
export async function draftOf(doc: Document): Promise<Document | undefined> {
  if (!doc.metadata.draft) return undefined;
  const drafts = (await documentsBySymbol()).get(doc.metadata.draft) ?? [];
  return drafts.find((d) => d.language === doc.language);
}

let adopted: Promise<Map<string, Document[]>> | undefined;

/** The texts adopted from a draft, in the corpus, in the same language. */
export async function adoptedFrom(draft: Document): Promise<Document[]> {
  if (!draft.metadata.symbol) return [];
  const symbol = draft.metadata.symbol;
  adopted ??= corpus().then(({ documents }) => {
    const index = new Map<string, Document[]>();
    for (const d of documents)
      if (d.metadata.draft) index.set(d.metadata.draft, [...(index.get(d.metadata.draft) ?? []), d]);
    return index;
  });
  return ((await adopted).get(symbol) ?? []).filter((d) => d.language === draft.language);
}
