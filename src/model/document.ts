import { z } from 'zod';

/** The six official UN languages, as ISO 639-1 codes. */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A run of inline content inside a paragraph or a note. */
export const Inline = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), v: z.string() }),
  /** A call to a footnote: `marker` as printed (`3`, `*`), `id` the note's id (`fn3`). */
  z.object({ t: z.literal('noteref'), marker: z.string(), id: z.string() }),
  /** A cited UN document: the words as printed, the normalised symbol and its official URL. */
  z.object({
    t: z.literal('ref'),
    v: z.string(),
    symbol: z.string(),
    url: z.string(),
    paragraph: z.string().optional(),
  }),
  /** A web address printed in the text. */
  z.object({ t: z.literal('url'), v: z.string(), href: z.string() }),
]);
export type Inline = z.infer<typeof Inline>;

export const BlockKind = z.enum([
  'heading', // a section title
  'formula', // the enacting formula ("L'Assemblée générale,")
  'preambular', // pp{k}
  'operative', // numbered paragraph p{n}
  'subparagraph', // p{n}-{letter}[-{roman}]
  'paragraph', // unnumbered paragraph outside the preamble: para-{k}
  'closing', // "68e séance plénière, 17 décembre 2025"
  'figure', // caption, source and notes of a chart or box
  'unplaced', // text the parser could not classify: kept, never dropped
]);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  kind: BlockKind,
  /** Permalink id (DESIGN.md contracts); absent only for headings without one. */
  id: z.string(),
  /** The number or letter as printed ("12", "e", "ii", "I", "A"). */
  label: z.string().optional(),
  /** Heading depth, 1 = top. */
  level: z.number().int().min(1).max(6).optional(),
  /** 0 = the document body, N = annex N. */
  part: z.number().int().min(0),
  inlines: z.array(Inline),
  /** 1-based line in the source file where the block starts. */
  line: z.number().int().min(1),
  /** The ingest rule that placed the block ("formula", "operative", "heading"…): why it is what it is. */
  rule: z.string().optional(),
  /** Editors corrected extraction errors in it (content/documents): the text as extracted, and each change. */
  correction: z
    .object({
      original: z.string(),
      changes: z.array(z.object({ text: z.string(), replacement: z.string(), reason: z.string() })),
    })
    .optional(),
});
export type Block = z.infer<typeof Block>;

export const Footnote = z.object({
  marker: z.string(),
  id: z.string(),
  inlines: z.array(Inline),
  /** The note's text is absent from the source: the call is kept and flagged. */
  missing: z.boolean(),
  line: z.number().int().min(1),
});
export type Footnote = z.infer<typeof Footnote>;

/**
 * What the citing paragraph does with the text it cites, read from the paragraph's opening
 * words in its language's table (`relationOpenings`, src/ingest/languages/): "Recalling",
 * "Rappelle", "Nous réaffirmons"… `decides` covers decides and adopts, `requests` requests,
 * asks and calls upon. A paragraph opening otherwise is `other`: never guessed.
 */
export const CITATION_RELATIONS = [
  'recalls',
  'reaffirms',
  'welcomes',
  'takes-note',
  'endorses',
  'decides',
  'requests',
  'other',
] as const;
export const CitationRelation = z.enum(CITATION_RELATIONS);
export type CitationRelation = z.infer<typeof CitationRelation>;

export const Reference = z.object({
  symbol: z.string(),
  url: z.string(),
  /** The block (or note) id where it is cited. */
  in: z.string(),
  text: z.string(),
  /**
   * What the citing paragraph does with it: the paragraph it stands in, the one calling its
   * note, or for a sub-paragraph the paragraph it belongs to ("Requests …: (a) …").
   */
  relation: CitationRelation,
});
export type Reference = z.infer<typeof Reference>;

export const Diagnostic = z.object({
  file: z.string(),
  line: z.number().int().min(0),
  severity: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const DocumentType = z.enum([
  'draft-resolution',
  'resolution',
  'decision',
  'report',
  'policy-brief',
  'document',
]);
export type DocumentType = z.infer<typeof DocumentType>;

export const Metadata = z.object({
  symbol: z.string().nullable(),
  body: z.string().nullable(),
  session: z.string().nullable(),
  agendaItem: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) the text was adopted or issued. */
  date: z.string().nullable(),
  type: DocumentType,
  title: z.string().nullable(),
  /** The draft (an `L.` document) the text was adopted from, when known. */
  draft: z.string().nullable().default(null),
  /** The series a document without a symbol is numbered in ("Our Common Agenda — Policy Brief 5"): editors' metadata. */
  series: z.string().nullable().default(null),
  /** Editors' note on the document as a whole (its provenance, a missing cover page…), shown with its metadata. */
  notes: z.string().nullable().default(null),
  /** Where each field came from, for the report: text, header, metadata file. */
  sources: z.record(z.string(), z.string()),
});
export type Metadata = z.infer<typeof Metadata>;

export const Document = z.object({
  file: z.string(),
  slug: z.string(),
  language: Language,
  languageSource: z.enum(['detected', 'metadata']),
  format: z.enum(['pdf-text', 'markdown']),
  encoding: z.string(),
  digest: z.string(),
  metadata: Metadata,
  /** The lines printed above the enacting formula (distribution, session, title…), as printed. */
  header: z.array(z.object({ inlines: z.array(Inline), line: z.number().int().min(1) })),
  blocks: z.array(Block),
  footnotes: z.array(Footnote),
  references: z.array(Reference),
  /** Hyperlinks listed by the PDF extraction after footnote blocks: hints, never text. */
  linkHints: z.array(z.object({ url: z.string(), line: z.number().int() })),
  diagnostics: z.array(Diagnostic),
});
export type Document = z.infer<typeof Document>;
