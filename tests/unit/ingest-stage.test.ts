import { appendFileSync, chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestStage } from '../../src/build/ingest-stage.ts';
import { modelPath } from '../../src/build/ingest-cache.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import type { Document } from '../../src/model/document.ts';

/**
 * The build's ingest stage (src/build/): texts ingested on worker threads give the models
 * ingest gives in one process, a second build reads them all from the cache, and a change
 * to one text, or to its editorial metadata, ingests that one again.
 */
const work = mkdtempSync(join(tmpdir(), 'resolu-ingest-stage-'));
const seeds = join(work, 'seeds');
const content = join(work, 'content');
const cacheDir = join(work, 'cache');

describe('ingest stage', () => {
  let first: Awaited<ReturnType<typeof ingestStage>>;
  let inProcess: Document[];

  beforeAll(async () => {
    cpSync('seeds', seeds, { recursive: true });
    cpSync('content', content, { recursive: true });
    first = await ingestStage({ seedsDir: seeds, contentDir: content, cacheDir, threads: 2 });
    inProcess = (await loadCorpus(seeds, content)).documents;
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ingests every text on worker threads into the models ingest gives in one process', () => {
    expect(first).toMatchObject({ fresh: 5, reused: 0, missing: [] });
    for (const [k, ingested] of first.ingested.entries()) {
      if (!ingested.ok) throw new Error(`${ingested.source}: ${ingested.diagnostic.message}`);
      const model = JSON.parse(readFileSync(modelPath(cacheDir, ingested.key), 'utf8'));
      expect(model).toEqual(JSON.parse(JSON.stringify(inProcess[k])));
      expect(ingested.summary.document.slug).toBe(inProcess[k].slug);
      expect(ingested.summary.blockIds).toEqual(inProcess[k].blocks.map((b) => b.id));
    }
  });

  it('reads every text from the cache the second time', async () => {
    const again = await ingestStage({ seedsDir: seeds, contentDir: content, cacheDir });
    expect(again).toMatchObject({ fresh: 0, reused: 5 });
    expect(again.ingested.map((i) => i.key)).toEqual(first.ingested.map((i) => i.key));
  });

  it('ingests again only the text that changed, or whose metadata changed', async () => {
    const text = join(seeds, '004_1fdee7c1af5cfb86.txt');
    chmodSync(text, 0o644);
    appendFileSync(text, '\nUne phrase ajoutée.\n');
    expect(await ingestStage({ seedsDir: seeds, contentDir: content, cacheDir })).toMatchObject({
      fresh: 1,
      reused: 4,
    });
    const metadata = join(content, 'documents', 'rapport-sg-smsi-2024.yaml');
    chmodSync(metadata, 0o644);
    appendFileSync(metadata, '\nnotes: Note des éditeurs ajoutée.\n');
    const after = await ingestStage({ seedsDir: seeds, contentDir: content, cacheDir });
    expect(after).toMatchObject({ fresh: 1, reused: 4 });
    const report = after.ingested.find((i) => i.source === '002_93a91d9ffa97d902.txt')!;
    expect(report.ok && report.summary.document.metadata.notes).toBe('Note des éditeurs ajoutée.');
  }, 60_000);

  it('leaves out of a slice the texts it does not own, and says which', async () => {
    const other = join(work, 'cache-slice');
    const slice = await ingestStage({ seedsDir: seeds, contentDir: content, cacheDir: other, slice: [1, 2] });
    expect(slice.fresh).toBe(3);
    expect(slice.missing).toHaveLength(2);
    expect(slice.ingested).toHaveLength(3);
  }, 60_000);
});
