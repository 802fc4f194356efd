import { type Block, Document } from '../model/document.ts';
import type { EditorialMetadata } from './editorial.ts';
import { slugify } from './symbols.ts';

/** A parser bug must not cost the document: every paragraph of the source kept, unplaced, and the failure reported. */
export function fallback(
  file: string,
  text: string,
  encoding: string,
  digest: string,
  error: unknown,
  editorial?: EditorialMetadata,
): Document {
  const blocks: Block[] = text
    .split(/\n\s*\n/)
    .map((chunk, k) => ({ chunk: chunk.trim(), k }))
    .filter((c) => c.chunk)
    .map((c, k) => ({
      kind: 'unplaced' as const,
      id: `unplaced-${k + 1}`,
      part: 0,
      inlines: [{ t: 'text' as const, v: c.chunk }],
      line: 1,
    }));
  return Document.parse({
    file,
    slug: editorial?.slug ?? slugify(file.replace(/\.\w+$/, '')),
    language: editorial?.language ?? 'fr',
    languageSource: editorial?.language ? 'metadata' : 'detected',
    format: 'pdf-text',
    encoding,
    digest,
    metadata: {
      symbol: editorial?.symbol ?? null,
      body: null,
      session: null,
      agendaItem: null,
      date: null,
      type: 'document',
      title: editorial?.title ?? null,
      sources: {},
    },
    header: [],
    blocks,
    footnotes: [],
    references: [],
    linkHints: [],
    diagnostics: [
      {
        file,
        line: 0,
        severity: 'error',
        code: 'parser-failure',
        message: `the parser failed (${String(error)}); every block is kept unplaced: please report this file`,
      },
    ],
  });
}
