/**
 * The build's first stage: every source text of seeds/ to a summary and a model in the
 * ingest cache. A text whose key (cache-keys.ts) is cached is not read again; the others
 * are ingested on worker threads, one file at a time each, so a daily addition costs one
 * document and a first build uses every core.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadGlossaries } from '../glossary/glossary.ts';
import { SOURCE_TEXT, loadEditorial } from '../ingest/corpus.ts';
import type { Diagnostic } from '../model/document.ts';
import type { Ingested } from '../model/summary.ts';
import { folderDigest, ingestCodeVersion, sha256 } from './cache-keys.ts';
import { readCached } from './ingest-cache.ts';
import { type IngestJob, ingestJob } from './ingest-job.ts';

export interface IngestStage {
  /** Every source text, in file-name order. */
  ingested: Ingested[];
  /** Metadata and glossary files refused, each with what to do. */
  problems: Diagnostic[];
  /** How many texts were ingested now, and how many came from the cache. */
  fresh: number;
  reused: number;
  /** Texts outside this build's slice that the cache does not hold yet. */
  missing: string[];
}

export async function ingestStage(options: {
  seedsDir: string;
  contentDir: string;
  cacheDir: string;
  threads?: number;
  /** `[k, n]`: ingest only every n-th text, from the k-th (1-based): one job of a CI matrix. */
  slice?: [number, number];
}): Promise<IngestStage> {
  const { seedsDir, contentDir, cacheDir } = options;
  const { bySource, problems } = await loadEditorial(join(contentDir, 'documents'));
  const { problems: glossaryProblems } = await loadGlossaries(contentDir);
  problems.push(...glossaryProblems);
  const code = ingestCodeVersion();
  const glossaries = folderDigest(join(contentDir, 'glossary'));
  const names = readdirSync(seedsDir)
    .filter((f) => SOURCE_TEXT.test(f))
    .sort();
  const jobs: IngestJob[] = [];
  const keys = new Map<string, string>();
  const missing: string[] = [];
  names.forEach((source, k) => {
    const path = join(seedsDir, source);
    const editorial = bySource.get(source);
    const key = sha256(code, source, readFileSync(path), JSON.stringify(editorial ?? null), glossaries);
    keys.set(source, key);
    if (readCached(cacheDir, key)) return;
    const slice = options.slice;
    if (!slice || k % slice[1] === slice[0] - 1) jobs.push({ source, path, key, editorial });
    else missing.push(source);
  });
  const threads = Math.min(options.threads ?? availableParallelism(), jobs.length);
  // A worker costs a second or so to start (modules, word lists): not worth it for a few texts.
  if (jobs.length <= 2 || threads < 2) await ingestHere(jobs, contentDir, cacheDir);
  else await ingestOnWorkers(jobs, threads, contentDir, cacheDir);
  const ingested = names.flatMap((source) => {
    if (missing.includes(source)) return [];
    const cached = readCached(cacheDir, keys.get(source)!);
    if (!cached) throw new Error(`${source}: ingest left no result in ${cacheDir}`);
    return [cached];
  });
  return { ingested, problems, fresh: jobs.length, reused: ingested.length - jobs.length, missing };
}

async function ingestHere(jobs: IngestJob[], contentDir: string, cacheDir: string): Promise<void> {
  if (jobs.length === 0) return;
  const { glossaries } = await loadGlossaries(contentDir);
  for (const job of jobs) await ingestJob(job, cacheDir, (language) => glossaries.get(language));
}

function ingestOnWorkers(jobs: IngestJob[], threads: number, contentDir: string, cacheDir: string): Promise<void> {
  const queue = [...jobs];
  let running = threads;
  return new Promise((resolve, reject) => {
    for (let k = 0; k < threads; k++) {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
        workerData: { contentDir, cacheDir },
      });
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else {
          void worker.terminate();
          if (--running === 0) resolve();
        }
      };
      worker.on('message', (message: { ready?: boolean; source?: string; error?: string }) => {
        if (message.error) {
          void worker.terminate();
          reject(new Error(`${message.source}: ingest failed on a worker thread: ${message.error}`));
        } else next();
      });
      worker.on('error', reject);
    }
  });
}
