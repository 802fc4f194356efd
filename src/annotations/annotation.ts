import { z } from 'zod';
import { Language } from '../model/document.ts';

/** Paragraph ids as DESIGN.md writes them: p12, pp3, p9-e, p9-e-ii, para-2. */
const PARAGRAPH_ID = /^(?:pp\d+|p\d+(?:-[a-z]+)*(?:-[ivxlc]+)?|para-\d+)$/;

export const ANNOTATION_KINDS = ['context', 'commentary', 'implementation', 'related-text'] as const;

/**
 * The frontmatter of an annotation (content/annotations/<slug>/<name>.mdx). `quote`
 * follows W3C Web Annotation's TextQuoteSelector: the exact words, with a few words
 * before and after to tell apart two occurrences, so the anchor is found again after
 * a correction moves the text around it.
 */
export const AnnotationFrontmatter = z
  .object({
    targets: z
      .array(z.string().regex(PARAGRAPH_ID, 'a paragraph id such as p12, pp3 or p9-e'))
      .min(1, 'name at least one paragraph'),
    quote: z
      .object({
        exact: z.string().min(1),
        prefix: z.string().optional(),
        suffix: z.string().optional(),
      })
      .strict()
      .optional(),
    kind: z.enum(ANNOTATION_KINDS),
    author: z.string().min(1),
    // YAML reads an unquoted 2026-11-23 as a date, which MDX hands over as midnight UTC:
    // both spellings mean the same day.
    date: z
      .preprocess(
        (v) => (v instanceof Date ? v.toISOString() : v),
        z.string().transform((v) => v.replace(/T00:00:00(?:\.000)?Z$/, '')),
      )
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')),
    language: Language,
    /** Documents the annotation draws on, by symbol ("A/RES/80/173") or web address. */
    sources: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type AnnotationFrontmatter = z.infer<typeof AnnotationFrontmatter>;

/** Where a quote falls in a paragraph's plain text: [start, end), or undefined when it is not there. */
export function locateQuote(
  text: string,
  quote: NonNullable<AnnotationFrontmatter['quote']>,
): [number, number] | undefined {
  const candidates: number[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) candidates.push(at);
  if (candidates.length === 0) return undefined;
  // The occurrence whose surroundings match the prefix and suffix best (TextQuoteSelector).
  const score = (at: number) =>
    (quote.prefix && text.slice(0, at).endsWith(quote.prefix) ? 2 : 0) +
    (quote.suffix && text.slice(at + quote.exact.length).startsWith(quote.suffix) ? 2 : 0) +
    (quote.prefix && text.slice(Math.max(0, at - 80), at).includes(quote.prefix.trim()) ? 1 : 0);
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  return [best, best + quote.exact.length];
}
