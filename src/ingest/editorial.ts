import { z } from 'zod';
import { DocumentType, Language } from '../model/document.ts';

/**
 * Editor-written metadata for one source text (content/documents/<slug>.yaml): facts
 * the text lacks. Keyed by `source`, the file name in seeds/.
 */
export const EditorialMetadata = z
  .object({
    source: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case letters and digits joined by "-"').optional(),
    symbol: z.string().optional(),
    language: Language.optional(),
    type: DocumentType.optional(),
    title: z.string().optional(),
    body: z.string().optional(),
    session: z.string().optional(),
    agendaItem: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD').optional(),
    series: z.string().optional(),
    notes: z.string().optional(),
  })
  .strict();
export type EditorialMetadata = z.infer<typeof EditorialMetadata>;
