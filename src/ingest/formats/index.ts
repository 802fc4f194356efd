import { markdown } from './markdown.ts';
import { pdfText } from './pdf-text.ts';
import type { SourceFormat } from './types.ts';

export type { NoteCalls, SourceFormat } from './types.ts';

/** The shapes ingest reads, tried in order; the last one takes any text. */
export const FORMATS: readonly SourceFormat[] = [markdown, pdfText];

export const formatOf = (text: string): SourceFormat => FORMATS.find((f) => f.detect(text)) ?? pdfText;
