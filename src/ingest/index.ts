import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  type Block,
  type Diagnostic,
  Document,
  type Footnote,
  type Inline,
  type Language,
  type Reference,
} from '../model/document.ts';
import { rejoin, segment } from './blocks.ts';
import { cleanText } from './clean.ts';
import { bodyById, bodyNamedIn } from './data/bodies.ts';
import { decode } from './decode.ts';
import { detectFormat, detectLanguage } from './detect.ts';
import type { EditorialMetadata } from './editorial.ts';
import { applyCorrections } from './corrections.ts';
import type { Glossary } from '../glossary/glossary.ts';
import { table } from './languages/index.ts';
import type { Layout } from './layout.ts';
import { markdownLayout } from './markdown-layout.ts';
import { readHeader } from './metadata.ts';
import { applyFrontMatter, takeFrontMatter } from './front-matter.ts';
import { resolveNoteCalls } from './note-calls.ts';
import { pdfLayout } from './pdf-layout.ts';
import { corpusOf, joinLines, type Lexicon, repairSpacing } from './reflow.ts';
import { bodyInHeading, noteId, plainText, toInlines } from './references.ts';
import { applyLinkHints, canonical } from './link-hints.ts';
import { classify, isHeadingLike, type Structure } from './structure.ts';
import { slugify } from './symbols.ts';

export type IngestResult = { ok: true; document: Document } | { ok: false; diagnostic: Diagnostic };

/**
 * Source text → Document model. Total: content never makes it throw; what cannot be
 * placed is reported as a diagnostic. Only unreadable files (empty, binary) are refused,
 * with a message that names the file and says what to do.
 */
/** `glossaryFor`: the glossary of the document's language, known once the text is read. */
export async function ingest(
  file: string,
  bytes: Uint8Array,
  editorial?: EditorialMetadata,
  glossaryFor?: (language: Language) => Glossary | undefined,
): Promise<IngestResult> {
  const name = basename(file);
  const decoded = decode(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      diagnostic: {
        file: name,
        line: 0,
        severity: 'error',
        code: `unreadable-${decoded.reason}`,
        message: `${name}: ${decoded.message}; it was skipped and the rest of the build goes on`,
      },
    };
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  try {
    return { ok: true, document: await build(name, decoded.text, decoded.encoding, digest, editorial, glossaryFor) };
  } catch (error) {
    // A parser bug must not cost the document: keep every line, unplaced, and say so.
    return { ok: true, document: fallback(name, decoded.text, decoded.encoding, digest, error, editorial) };
  }
}

async function build(
  file: string,
  raw: string,
  encoding: string,
  digest: string,
  editorial?: EditorialMetadata,
  glossaryFor?: (language: Language) => Glossary | undefined,
): Promise<Document> {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Omit<Diagnostic, 'file'>) => diagnostics.push({ file, ...d });
  if (encoding === 'windows-1252')
    report({
      line: 0,
      severity: 'warning',
      code: 'encoding-windows-1252',
      message: 'not valid UTF-8: read as Windows-1252 (Latin-1); save the file as UTF-8',
    });

  const cleaned = cleanText(raw);
  cleaned.diagnostics.forEach(report);
  const front = takeFrontMatter(cleaned.text);
  cleaned.text = front.text;
  const format = detectFormat(cleaned.text);
  const detected = detectLanguage(cleaned.text) ?? front.fields?.language;
  const language: Language = editorial?.language ?? detected ?? 'fr';
  if (!editorial?.language && !detected)
    report({
      line: 0,
      severity: 'warning',
      code: 'language-unknown',
      message: 'language not recognised; French assumed: set `language` in content/documents/<slug>.yaml',
    });
  const lang = table(language);
  const lines = cleaned.text.split('\n');

  const layout: Layout = format === 'markdown' ? markdownLayout(lines) : pdfLayout(lines, lang);
  layout.diagnostics.forEach(report);
  // Converter Markdown marks most calls ("[^3]") but leaves some as bare digits ("Women,5").
  const found = resolveNoteCalls(layout);
  const calls = format === 'pdf-text' ? found : markdownCalls(layout);
  for (const m of calls.uncalled)
    report({
      line: layout.notes.find((n) => n.marker === m)?.lines[0].line ?? 0,
      severity: 'info',
      code: 'note-call-not-found',
      message: `note ${m}: no call to it was found in the text (its call may have been on a page that is not in the source)`,
    });
  for (const m of calls.missing)
    report({
      line: 0,
      severity: 'warning',
      code: 'note-text-missing',
      message: `note ${m} is called but its text is absent from the source: kept and flagged`,
    });

  const words = (await lang.words?.()) ?? null;
  const lex: Lexicon = { words, corpus: corpusOf(layout.body.map((l) => l.text)) };
  const joined = rejoin(segment(layout, lang), lang, (t) => isHeadingLike(t) && !lang.preambularOpenings.test(t)).map(
    (b) => {
      const text = repairSpacing(joinLines(b.lines, lex, report), lex, lang.elisions, (from, to) =>
        report({ line: b.lines[0].line, severity: 'info', code: 'spacing-repaired', message: `"${from}" → "${to}"` }),
      );
      return { text, line: b.lines[0].line };
    },
  );

  const structure = classify(joined, lang);
  structure.diagnostics.forEach(report);
  const headerLines = structure.header.flatMap((b) => b.text.split('\n'));
  const metadata = readHeader([...headerLines, ...mastheadColumns(lines, structure)], lang, layout.headerSymbol);
  if (!metadata.title) {
    const titled = structure.header.find((b) => isHeadingLike(b.text));
    if (titled) {
      metadata.title = titled.text;
      metadata.sources.title = 'text';
    }
  }
  // The body that speaks in the enacting formula issues the text.
  const formula = structure.blocks.find((b) => b.kind === 'formula')?.text;
  const ownBody = bodyById(metadata.body ?? '') ?? (formula ? bodyNamedIn(formula, language) : undefined);
  if (!metadata.body && ownBody) metadata.body = ownBody.id;
  if (front.fields) applyFrontMatter(metadata, front.fields, report);
  applyEditorial(metadata, editorial);

  const ctx = {
    language,
    table: lang,
    ownBody: bodyById(metadata.body ?? ''),
    instruments: glossaryFor?.(language)?.instruments,
  };
  const corrections = applyCorrections(structure.blocks, editorial, file);
  corrections.errors.forEach(report);
  let sectionBody: ReturnType<typeof bodyInHeading>;
  const blocks: Block[] = corrections.blocks.map((b) => {
    if (b.kind === 'heading') sectionBody = bodyInHeading(b.text, language);
    const corrected = corrections.corrected.get(b.id);
    return {
      kind: b.kind,
      id: b.id,
      label: b.label,
      level: b.level,
      part: b.part,
      inlines: toInlines(b.text, { ...ctx, sectionBody }),
      line: b.line,
      ...(corrected && {
        correction: { original: plainText(toInlines(corrected.original, ctx)), changes: corrected.changes },
      }),
    };
  });
  const footnotes = buildFootnotes(layout, calls.missing, blocks, ctx);
  applyLinkHints(layout.hints, [...blocks, ...footnotes], report);
  const references = collectReferences(blocks, footnotes);

  for (const b of blocks.filter((x) => x.kind === 'unplaced'))
    report({
      line: b.line,
      severity: 'info',
      code: 'unplaced',
      message: `kept as unplaced text: "${plainText(b.inlines).slice(0, 40)}"`,
    });
  const produced = new Set(references.map((r) => canonical(r.url)));
  for (const h of layout.hints) {
    if (/undocs\.org/i.test(h.url) && !produced.has(canonical(h.url)))
      report({
        line: h.line,
        severity: 'warning',
        code: 'link-hint-unmatched',
        message: `the PDF links ${h.url} but no reference in the text produces it`,
      });
  }

  const header = structure.header.map((b) => ({ inlines: toInlines(b.text, ctx), line: b.line }));
  // A resolution names the draft it was adopted from in its header ("(A/80/L.41)"); a
  // draft's own header names itself, so only another document's L. symbol counts.
  if (!metadata.draft && metadata.type !== 'draft-resolution') {
    const draft = header
      .flatMap((h) => h.inlines)
      .find((i) => i.t === 'ref' && /\/L\.\d/.test(i.symbol) && i.symbol !== metadata.symbol);
    if (draft?.t === 'ref') {
      metadata.draft = draft.symbol;
      metadata.sources.draft = 'header';
    }
  }
  const slug =
    editorial?.slug ??
    (metadata.symbol ? slugify(metadata.symbol) : slugify(metadata.title ?? '') || slugify(file.replace(/\.\w+$/, '')));
  return Document.parse({
    file,
    slug,
    language,
    languageSource: editorial?.language ? 'metadata' : 'detected',
    format,
    encoding,
    digest,
    metadata,
    header,
    blocks,
    footnotes,
    references,
    linkHints: layout.hints.map(({ url, line }) => ({ url, line })),
    diagnostics,
  });
}

/** Markdown calls are explicit or found as in PDF text; report calls without text and notes without calls. */
function markdownCalls(layout: Layout): { missing: string[]; uncalled: string[] } {
  const called = new Set<string>();
  for (const l of [...layout.body.map((b) => b.text), ...layout.notes.flatMap((n) => n.lines.map((x) => x.text))]) {
    for (const m of l.matchAll(/\uE000([^\uE001]*)\uE001/gu)) called.add(m[1]);
  }
  const present = new Set(layout.notes.map((n) => n.marker));
  return { missing: [...called].filter((m) => !present.has(m)), uncalled: [...present].filter((m) => !called.has(m)) };
}

function applyEditorial(metadata: Document['metadata'], editorial: EditorialMetadata | undefined): void {
  if (!editorial) return;
  for (const key of ['symbol', 'type', 'title', 'body', 'session', 'agendaItem', 'date', 'draft'] as const) {
    const value = editorial[key];
    if (value !== undefined) {
      (metadata as Record<string, unknown>)[key] = value;
      metadata.sources[key] = 'content/documents';
    }
  }
}

function buildFootnotes(
  layout: Layout,
  missing: string[],
  blocks: Block[],
  ctx: Parameters<typeof toInlines>[1],
): Footnote[] {
  const callLine = (marker: string) =>
    blocks.find((b) => b.inlines.some((i) => i.t === 'noteref' && i.marker === marker))?.line ?? 1;
  const notes: Footnote[] = layout.notes.map((n) => ({
    marker: n.marker,
    id: noteId(n.marker),
    inlines: toInlines(joinNoteLines(n.lines.map((l) => l.text)), ctx),
    missing: false,
    line: n.lines[0].line,
  }));
  for (const m of missing) notes.push({ marker: m, id: noteId(m), inlines: [], missing: true, line: callLine(m) });
  const order = (m: string) => (/^\d+$/.test(m) ? Number(m) : -1 / m.length);
  return notes.sort((a, b) => order(a.marker) - order(b.marker));
}

/** Note lines: a URL cut at a line end ("…-and-" + "follow…") is re-joined without a space. */
function joinNoteLines(lines: string[]): string {
  return lines
    .reduce((acc, l) => (/(?:https?:\/\/|www\.)\S*[-/_]$/.test(acc) ? acc + l : `${acc} ${l}`))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function collectReferences(blocks: Block[], footnotes: Footnote[]): Reference[] {
  const refs: Reference[] = [];
  const collect = (where: string, inlines: Inline[]) => {
    for (const i of inlines) if (i.t === 'ref') refs.push({ symbol: i.symbol, url: i.url, in: where, text: i.v });
  };
  blocks.forEach((b) => collect(b.id, b.inlines));
  footnotes.forEach((n) => collect(n.id, n.inlines));
  return refs;
}

function fallback(
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

/**
 * The masthead as printed, line by line and column by column: a layout-preserving
 * extraction sets "United Nations" and the symbol, or the body and "Distr.: General", side
 * by side on one line, and joins lines the metadata reads one at a time ("… session",
 * "Agenda item 16"). Read after the joined blocks, so a title that wraps is read whole.
 */
function mastheadColumns(lines: string[], structure: Pick<Structure, 'header' | 'blocks'>): string[] {
  if (!structure.header.length) return [];
  const end = structure.blocks[0]?.line ?? lines.length + 1;
  return lines
    .slice(structure.header[0].line - 1, end - 1)
    .flatMap((l) => l.split(/\s{3,}/))
    .map((c) => c.trim())
    .filter(Boolean);
}
