import { z } from 'zod';
import { DocumentType, Language } from '../model/document.ts';

/**
 * Editor-written metadata for one source text (content/documents/<slug>.yaml): facts
 * the text lacks. Keyed by `source`, the file name in seeds/.
 */
export const EditorialMetadata = z
  .object({
    source: z.string().min(1),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case letters and digits joined by "-"')
      .optional(),
    symbol: z.string().optional(),
    language: Language.optional(),
    type: DocumentType.optional(),
    title: z.string().optional(),
    body: z.string().optional(),
    session: z.string().optional(),
    agendaItem: z.string().optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
      .optional(),
    series: z.string().optional(),
    notes: z.string().optional(),
    /** The draft this text was adopted from, when its header does not cite it ("A/C.2/78/L.11"). */
    draft: z.string().optional(),
    /**
     * Extraction errors, corrected without touching seeds/: in paragraph `paragraph`, the
     * exact words `text` (as extracted) become `replacement`. A correction whose text is no
     * longer in its paragraph fails the build, so a fix never silently stops applying.
     */
    corrections: z
      .array(
        z
          .object({
            paragraph: z.string().min(1),
            text: z.string().min(1),
            replacement: z.string(),
            reason: z.string().min(1, 'say why the text is corrected'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type EditorialMetadata = z.input<typeof EditorialMetadata> & {
  /** content/documents/<file>.yaml, for messages. */
  file?: string;
};
