import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic, Document, Language } from '../model/document.ts';
import { type Glossary, loadGlossaries } from '../glossary/glossary.ts';
import { EditorialMetadata } from './editorial.ts';
import { ingest } from './index.ts';

export interface Corpus {
  documents: Document[];
  /** Files skipped and metadata files refused, each with what to do. */
  problems: Diagnostic[];
  /**
   * Editors' content that no longer fits the texts (a correction whose words are gone):
   * the build stops on these, since publishing would misstate the text.
   */
  contentErrors: Diagnostic[];
  glossaries: Map<Language, Glossary>;
}

/** Diagnostics that mean the editors' content must be fixed before publishing. */
const CONTENT_ERRORS = new Set(['correction-stale', 'correction-target']);

/** A source text is a .txt or .md file; anything else in seeds/ (its SHA256SUMS) is not a document. */
export const SOURCE_TEXT = /\.(?:txt|md)$/i;

/** Reads content/documents/*.yaml, keyed by the seed file they describe. */
export async function loadEditorial(
  dir: string,
): Promise<{ bySource: Map<string, EditorialMetadata>; problems: Diagnostic[] }> {
  const bySource = new Map<string, EditorialMetadata>();
  const problems: Diagnostic[] = [];
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const f of files.filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const path = join('content/documents', f);
    try {
      const parsed = EditorialMetadata.safeParse(parse(await readFile(join(dir, f), 'utf8')));
      if (!parsed.success) {
        problems.push({
          file: path,
          line: 0,
          severity: 'error',
          code: 'metadata-invalid',
          message: `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
        });
        continue;
      }
      bySource.set(parsed.data.source, { ...parsed.data, file: path });
    } catch (error) {
      problems.push({
        file: path,
        line: 0,
        severity: 'error',
        code: 'metadata-unreadable',
        message: `${path}: not valid YAML (${String(error)})`,
      });
    }
  }
  return { bySource, problems };
}

/**
 * Pages are /{lang}/{slug}/: the language versions of a document share its slug, and only
 * two documents of one language may not.
 */
export function slugClashes(documents: Pick<Document, 'file' | 'language' | 'slug'>[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const d of documents) {
    const page = `${d.language}/${d.slug}`;
    const other = seen.get(page);
    if (other)
      problems.push({
        file: d.file,
        line: 0,
        severity: 'error',
        code: 'slug-clash',
        message: `${d.file} and ${other} both have the slug "${d.slug}" in ${d.language}: give one a \`slug\` in content/documents`,
      });
    seen.set(page, d.file);
  }
  return problems;
}

/** Diagnostics that mean the editors' content must be fixed before publishing. */
export const isContentError = (d: Diagnostic): boolean => CONTENT_ERRORS.has(d.code);

/** Ingests every source text in `seedsDir` (read-only), applying editorial metadata. */
export async function loadCorpus(seedsDir: string, contentDir: string): Promise<Corpus> {
  const { bySource, problems } = await loadEditorial(join(contentDir, 'documents'));
  const { glossaries, problems: glossaryProblems } = await loadGlossaries(contentDir);
  problems.push(...glossaryProblems);
  const names = (await readdir(seedsDir)).filter((f) => SOURCE_TEXT.test(f)).sort();
  const documents: Document[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(seedsDir, name)));
    const result = await ingest(name, bytes, bySource.get(name), (language) => glossaries.get(language));
    if (result.ok) documents.push(result.document);
    else problems.push(result.diagnostic);
  }
  problems.push(...slugClashes(documents));
  const contentErrors = documents.flatMap((d) => d.diagnostics.filter(isContentError));
  return { documents, problems, contentErrors, glossaries };
}
