/**
 * One text ingested into the cache: its model and its summary, or why it was refused. The
 * same whether a worker thread (ingest-worker.ts) or the build's own thread runs it.
 */
import { readFileSync } from 'node:fs';
import type { Glossary } from '../glossary/glossary.ts';
import type { EditorialMetadata } from '../ingest/editorial.ts';
import { ingest } from '../ingest/index.ts';
import type { Language } from '../model/document.ts';
import { writeCached } from './ingest-cache.ts';
import { summarize } from './summary.ts';

export interface IngestJob {
  source: string;
  path: string;
  key: string;
  editorial?: EditorialMetadata;
}

export async function ingestJob(
  job: IngestJob,
  cacheDir: string,
  glossaryFor: (language: Language) => Glossary | undefined,
): Promise<void> {
  const result = await ingest(job.source, new Uint8Array(readFileSync(job.path)), job.editorial, glossaryFor);
  writeCached(
    cacheDir,
    result.ok
      ? { source: job.source, key: job.key, ok: true, summary: summarize(result.document) }
      : { source: job.source, key: job.key, ok: false, diagnostic: result.diagnostic },
    result.ok ? result.document : undefined,
  );
}
