/**
 * One ingest worker thread: reads a source text, ingests it and writes its model and its
 * summary to the cache. The parent (ingest-stage.ts) gives it files one at a time, so both
 * cores stay busy whatever the documents' lengths.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossaries } from '../glossary/glossary.ts';
import type { EditorialMetadata } from '../ingest/editorial.ts';
import { ingest } from '../ingest/index.ts';
import { writeCached } from './ingest-cache.ts';
import { summarize } from './summary.ts';

export interface IngestJob {
  source: string;
  path: string;
  key: string;
  editorial?: EditorialMetadata;
}

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const { glossaries } = await loadGlossaries(contentDir);

parentPort!.on('message', async (job: IngestJob) => {
  try {
    const result = await ingest(job.source, new Uint8Array(readFileSync(job.path)), job.editorial, (language) =>
      glossaries.get(language),
    );
    writeCached(
      cacheDir,
      result.ok
        ? { source: job.source, key: job.key, ok: true, summary: summarize(result.document) }
        : { source: job.source, key: job.key, ok: false, diagnostic: result.diagnostic },
      result.ok ? result.document : undefined,
    );
    parentPort!.postMessage({ source: job.source });
  } catch (error) {
    parentPort!.postMessage({ source: job.source, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
