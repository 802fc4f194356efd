import { resolveNoteCalls } from '../note-calls.ts';
import { pdfLayout } from '../pdf-layout.ts';
import { markWrittenCalls } from '../written-calls.ts';
import type { SourceFormat } from './types.ts';

/**
 * Text extracted from a PDF (or OCR, or pasted from a web page): page furniture to strip,
 * note calls glued to words to find by the sequence of markers. It takes any text.
 */
export const pdfText: SourceFormat = {
  name: 'pdf-text',
  detect: () => true,
  layout: (lines, lang) => pdfLayout(lines, lang),
  calls(layout) {
    // Calls written out ("[1]", "1/") are marked first; the sequence places the glued ones.
    const absent = markWrittenCalls(layout);
    const found = resolveNoteCalls(layout);
    return {
      missing: [...found.missing, ...absent.filter((m) => !found.missing.includes(m))],
      uncalled: found.uncalled,
    };
  },
};
