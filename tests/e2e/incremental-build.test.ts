import { appendFileSync, chmodSync, cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, differences, filesUnder } from '../helpers/build.ts';

/**
 * A one-document change costs one document (issue #15), and never at the price of a stale
 * page: after changing one seed, then removing another, the incremental build's dist/ is
 * byte for byte the clean build's.
 */
const work = 'node_modules/.cache/resolu-incremental';
const seeds = join(work, 'seeds');
const content = join(work, 'content');
const out = join(work, 'incremental');
const clean = join(work, 'clean');
const CHANGED = '004_1fdee7c1af5cfb86.txt'; // ESCAP/RES/80/1
const CHANGED_PAGE = 'fr/escap-res-80-1';
const REMOVED = '002_93a91d9ffa97d902.txt'; // the Secretary-General's report
const REMOVED_PAGE = 'fr/rapport-sg-smsi-2024';

const stage = (lines: Record<string, number | string>[], name: string) => lines.find((l) => l.stage === name)!;
const mtimes = (dir: string) => new Map(filesUnder(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));

describe('incremental build', () => {
  let before: Map<string, number>;
  let rebuild: Record<string, number | string>[];

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync('seeds', seeds, { recursive: true });
    cpSync('content', content, { recursive: true });
    for (const f of [CHANGED, REMOVED]) chmodSync(join(seeds, f), 0o644);
    build(out, { seeds, env: { RESOLU_CONTENT: content }, cache: join(work, 'cache'), force: true });
    before = mtimes(out);
    appendFileSync(join(seeds, CHANGED), '\nUne phrase ajoutée pour mesurer la reconstruction.\n');
    rebuild = build(out, { seeds, env: { RESOLU_CONTENT: content }, cache: join(work, 'cache') });
    build(clean, { seeds, env: { RESOLU_CONTENT: content }, cache: join(work, 'cache-clean'), force: true });
  }, 600_000);

  it('ingests and renders again only the changed document', () => {
    expect(stage(rebuild, 'ingest')).toMatchObject({ fresh: 1, reused: 4 });
    expect(stage(rebuild, 'plan')).toMatchObject({ documents: 5, changed: 1, removed: 0 });
  });

  it("leaves every other document's files as they were", () => {
    const after = mtimes(out);
    // A document's folder is the one holding its data.json.
    const folders = [...before.keys()].filter((f) => f.endsWith('/data.json')).map((f) => f.replace(/data\.json$/, ''));
    expect(folders.length).toBe(5);
    const otherDocuments = [...before.keys()].filter(
      (f) => folders.some((d) => f.startsWith(d)) && !f.startsWith(`${CHANGED_PAGE}/`),
    );
    expect(otherDocuments.length).toBeGreaterThan(500);
    expect(otherDocuments.filter((f) => after.get(f) !== before.get(f))).toEqual([]);
    expect(after.get(`${CHANGED_PAGE}/index.html`)).toBeGreaterThan(before.get(`${CHANGED_PAGE}/index.html`)!);
  });

  it('gives the same dist/ as a clean build after a change', () => {
    expect(differences(out, clean)).toEqual([]);
  });

  it('gives the same dist/ as a clean build after a removal, with no page of the removed document left', () => {
    // As an editor would: the text goes, and the annotations of it with it.
    rmSync(join(seeds, REMOVED));
    rmSync(join(content, 'annotations', REMOVED_PAGE.split('/')[1]), { recursive: true });
    const lines = build(out, { seeds, env: { RESOLU_CONTENT: content }, cache: join(work, 'cache') });
    expect(stage(lines, 'plan')).toMatchObject({ documents: 4, changed: 0, removed: 1 });
    build(clean, { seeds, env: { RESOLU_CONTENT: content }, cache: join(work, 'cache-clean'), force: true });
    expect(filesUnder(out).filter((f) => f.startsWith(`${REMOVED_PAGE}/`))).toEqual([]);
    expect(differences(out, clean)).toEqual([]);
  }, 300_000);
});
