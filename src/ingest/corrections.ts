import type { Diagnostic } from '../model/document.ts';
import type { EditorialMetadata } from './editorial.ts';

interface TextBlock {
  id: string;
  text: string;
  line: number;
}

export interface Corrected {
  /** The paragraph's text as extracted, before any correction. */
  original: string;
  changes: { text: string; replacement: string; reason: string }[];
}

/**
 * Applies the editors' corrections (content/documents/<slug>.yaml) to the paragraphs'
 * text before references are found, so a repaired symbol is also a repaired link. A
 * correction naming a paragraph the text lacks, or words no longer in it (the extraction
 * improved, or the seed changed), is an error that fails the build: the page must never
 * claim a correction it does not make.
 */
export function applyCorrections<B extends TextBlock>(
  blocks: B[],
  editorial: EditorialMetadata | undefined,
  sourceFile: string,
): { blocks: B[]; corrected: Map<string, Corrected>; errors: Omit<Diagnostic, 'file'>[] } {
  const corrected = new Map<string, Corrected>();
  const errors: Omit<Diagnostic, 'file'>[] = [];
  const corrections = editorial?.corrections ?? [];
  if (corrections.length === 0) return { blocks, corrected, errors };
  const where = editorial?.file ?? 'content/documents';
  const text = new Map<string, string>();
  corrections.forEach((c, k) => {
    const found = blocks.find((b) => b.id === c.paragraph);
    const block = found && { ...found, text: text.get(found.id) ?? found.text };
    const which = `${where}: correction ${k + 1} (paragraph ${c.paragraph})`;
    if (!block) {
      errors.push({
        line: 0,
        severity: 'error',
        code: 'correction-target',
        message: `${which}: ${sourceFile} has no paragraph "${c.paragraph}". Use an id shown on the page (p12, pp3, p9-e) or remove the correction.`,
      });
      return;
    }
    const at = block.text.indexOf(c.text);
    if (at < 0) {
      errors.push({
        line: block.line,
        severity: 'error',
        code: 'correction-stale',
        message: `${which}: the words "${c.text}" are no longer in that paragraph (${sourceFile}, line ${block.line}). The extraction or the source changed: check the paragraph, then update \`text\` or remove the correction.`,
      });
      return;
    }
    const entry = corrected.get(block.id) ?? { original: block.text, changes: [] };
    entry.changes.push({ text: c.text, replacement: c.replacement, reason: c.reason });
    corrected.set(block.id, entry);
    text.set(block.id, block.text.slice(0, at) + c.replacement + block.text.slice(at + c.text.length));
  });
  return {
    blocks: blocks.map((b) => (b.id && text.has(b.id) ? { ...b, text: text.get(b.id)! } : b)),
    corrected,
    errors,
  };
}
