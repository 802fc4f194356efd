import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type Block, type Diagnostic, Document, type Language } from '../model/document.ts';
import { rejoin, segment } from './blocks.ts';
import { cleanText } from './clean.ts';
import { bodyById } from './data/bodies.ts';
import { assembleMetadata, draftFromHeader } from './assemble-metadata.ts';
import { fallback } from './fallback.ts';
import { buildFootnotes } from './footnotes.ts';
import { decode } from './decode.ts';
import { detectLanguage } from './detect.ts';
import { formatOf } from './formats/index.ts';
import { readFrontMatter } from './front-matter.ts';
import type { EditorialMetadata } from './editorial.ts';
import { applyCorrections } from './corrections.ts';
import type { Glossary } from '../glossary/glossary.ts';
import { table } from './languages/index.ts';
import type { Layout } from './layout.ts';
import { corpusOf, joinLines, type Lexicon, repairSpacing } from './reflow.ts';
import { bodyInHeading, collectReferences, plainText, toInlines } from './references.ts';
import { applyLinkHints } from './link-hints.ts';
import { reportNoteCalls, reportUnmatchedHints, reportUnplaced } from './findings.ts';
import { classify, isHeadingLike } from './structure.ts';
import { namedResolution } from './council-yearbook.ts';
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
  const { text, front, problem } = readFrontMatter(cleaned.text);
  if (problem) report({ line: 1, severity: 'warning', code: 'front-matter-invalid', message: problem });
  const source = formatOf(text);
  const format = source.name;
  const detected = detectLanguage(text);
  // The text's own language first; a pipeline's front matter only where the text says nothing.
  const language: Language = editorial?.language ?? detected ?? front?.language ?? 'fr';
  if (!editorial?.language && detected && front?.language && front.language !== detected)
    report({
      line: 1,
      severity: 'warning',
      code: 'front-matter-disagrees',
      message: `the front matter says language "${front.language}", the text reads as "${detected}": the text's is kept`,
    });
  if (!editorial?.language && !detected && !front?.language)
    report({
      line: 0,
      severity: 'warning',
      code: 'language-unknown',
      message: 'language not recognised; French assumed: set `language` in content/documents/<slug>.yaml',
    });
  const lang = table(language);
  const lines = text.split('\n');

  const layout: Layout = source.layout(lines, lang);
  layout.diagnostics.forEach(report);
  const calls = source.calls(layout);
  reportNoteCalls(calls, layout, report);

  const words = (await lang.words?.()) ?? null;
  // The document's own spelling is counted only if a hyphen or a split word asks for it.
  let corpus: Map<string, number> | undefined;
  const lex: Lexicon = {
    words,
    get corpus() {
      return (corpus ??= corpusOf(layout.body.map((l) => l.text)));
    },
    letterWords: new Set(lang.letterWords),
  };
  const joined = rejoin(segment(layout, lang), lang, (t) => isHeadingLike(t) && !lang.preambularOpenings.test(t)).map(
    (b) => {
      const text = repairSpacing(joinLines(b.lines, lex, report), lex, lang.elisions, (from, to) =>
        report({ line: b.lines[0].line, severity: 'info', code: 'spacing-repaired', message: `"${from}" → "${to}"` }),
      );
      return { text, line: b.lines[0].line };
    },
  );

  const named = namedResolution(joined, lang);
  named.diagnostics.forEach(report);
  const structure = classify(named.kept, lang);
  structure.diagnostics.forEach(report);
  const outside = (b: { text: string; line: number }) =>
    ({
      kind: 'unplaced',
      id: `outside-${b.line}`,
      part: 0,
      text: b.text,
      line: b.line,
      rule: 'outside the named resolution',
    }) as const;
  structure.blocks.unshift(...named.before.map(outside));
  structure.blocks.push(...named.after.map((b) => ({ ...outside(b), part: structure.blocks.at(-1)?.part ?? 0 })));
  const metadata = assembleMetadata({
    front,
    report,
    structure,
    lines,
    lang,
    headerSymbol: layout.headerSymbol,
    councilHeading: named.heading,
    editorial,
  });

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
      rule: b.rule,
      ...(corrected && {
        correction: { original: plainText(toInlines(corrected.original, ctx)), changes: corrected.changes },
      }),
    };
  });
  const footnotes = buildFootnotes(layout, calls.missing, blocks, ctx);
  applyLinkHints(layout.hints, [...blocks, ...footnotes], report);
  const references = collectReferences(blocks, footnotes, lang);

  reportUnplaced(blocks, report);
  reportUnmatchedHints(layout, references, report);

  const header = structure.header.map((b) => ({ inlines: toInlines(b.text, ctx), line: b.line }));
  draftFromHeader(metadata, header);
  const slug =
    editorial?.slug ??
    (metadata.symbol ? slugify(metadata.symbol) : slugify(metadata.title ?? '') || slugify(file.replace(/\.\w+$/, '')));
  return Document.parse({
    file,
    slug,
    language,
    languageSource: editorial?.language || (!detected && front?.language) ? 'metadata' : 'detected',
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
