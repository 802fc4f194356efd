/**
 * One ingest worker thread: the parent (ingest-stage.ts) gives it texts one at a time, so
 * both cores stay busy whatever the documents' lengths; each goes into the cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossaries } from '../glossary/glossary.ts';
import { type IngestJob, ingestJob } from './ingest-job.ts';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const { glossaries } = await loadGlossaries(contentDir);

parentPort!.on('message', async (job: IngestJob) => {
  try {
    await ingestJob(job, cacheDir, (language) => glossaries.get(language));
    parentPort!.postMessage({ source: job.source });
  } catch (error) {
    parentPort!.postMessage({ source: job.source, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
