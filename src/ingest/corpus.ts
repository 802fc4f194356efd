import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic, Document } from '../model/document.ts';
import { EditorialMetadata } from './editorial.ts';
import { ingest } from './index.ts';

export interface Corpus {
  documents: Document[];
  /** Files skipped and metadata files refused, each with what to do. */
  problems: Diagnostic[];
}

const SOURCE = /\.(?:txt|md)$/i;

/** Reads content/documents/*.yaml, keyed by the seed file they describe. */
export async function loadEditorial(dir: string): Promise<{ bySource: Map<string, EditorialMetadata>; problems: Diagnostic[] }> {
  const bySource = new Map<string, EditorialMetadata>();
  const problems: Diagnostic[] = [];
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const f of files.filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const path = join('content/documents', f);
    try {
      const parsed = EditorialMetadata.safeParse(parse(await readFile(join(dir, f), 'utf8')));
      if (!parsed.success) {
        problems.push({ file: path, line: 0, severity: 'error', code: 'metadata-invalid', message: `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}` });
        continue;
      }
      bySource.set(parsed.data.source, parsed.data);
    } catch (error) {
      problems.push({ file: path, line: 0, severity: 'error', code: 'metadata-unreadable', message: `${path}: not valid YAML (${String(error)})` });
    }
  }
  return { bySource, problems };
}

/** Ingests every source text in `seedsDir` (read-only), applying editorial metadata. */
export async function loadCorpus(seedsDir: string, contentDir: string): Promise<Corpus> {
  const { bySource, problems } = await loadEditorial(join(contentDir, 'documents'));
  const names = (await readdir(seedsDir)).filter((f) => SOURCE.test(f)).sort();
  const documents: Document[] = [];
  for (const name of names) {
    const result = await ingest(name, new Uint8Array(await readFile(join(seedsDir, name))), bySource.get(name));
    if (result.ok) documents.push(result.document);
    else problems.push(result.diagnostic);
  }
  const seen = new Map<string, string>();
  for (const d of documents) {
    const other = seen.get(d.slug);
    if (other) problems.push({ file: d.file, line: 0, severity: 'error', code: 'slug-clash', message: `${d.file} and ${other} both have the slug "${d.slug}": give one a \`slug\` in content/documents` });
    seen.set(d.slug, d.file);
  }
  return { documents, problems };
}
