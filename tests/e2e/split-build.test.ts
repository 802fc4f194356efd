import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, differences, filesUnder } from '../helpers/build.ts';

/**
 * Beyond one machine (issue #15): the fixture site (five languages) built as a CI matrix
 * would build it, then merged, is the site one build makes. Ingest runs in two slices
 * whose caches are put together by copying; the pages are written in two parts, by
 * language; `npm run merge` joins the parts.
 */
const work = 'node_modules/.cache/resolu-split';
const seeds = 'tests/fixtures/site/seeds';
const env = { RESOLU_CONTENT: 'tests/fixtures/site/content' };

describe('split build', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    build(join(work, 'whole'), { seeds, env, cache: join(work, 'cache-whole'), force: true });
    for (const slice of ['1/2', '2/2'])
      build(join(work, 'unused'), {
        seeds,
        env,
        cache: join(work, `cache-slice-${slice[0]}`),
        args: ['--ingest-only', '--slice', slice],
      });
    // What a CI job does with the slices' artifacts: one cache folder holding both.
    for (const slice of ['1', '2'])
      cpSync(join(work, `cache-slice-${slice}`, 'ingest'), join(work, 'cache-parts', 'ingest'), { recursive: true });
    for (const [name, languages] of [
      ['part-fr', 'fr'],
      ['part-others', 'ar,en,es,ru,zh'],
    ])
      build(join(work, name), { seeds, env, cache: join(work, 'cache-parts'), args: ['--lang', languages] });
    execFileSync(
      'node_modules/.bin/tsx',
      ['src/cli/merge.ts', '--out', join(work, 'merged'), join(work, 'part-fr'), join(work, 'part-others')],
      { stdio: 'ignore' },
    );
  }, 600_000);

  it('writes in each part only its languages’ documents', () => {
    const documents = (dir: string) =>
      filesUnder(join(work, dir))
        .filter((f) => f.endsWith('/data.json') && !f.startsWith('data/'))
        .map((f) => f.split('/')[0]);
    expect(new Set(documents('part-fr'))).toEqual(new Set(['fr']));
    expect(documents('part-others').length).toBeGreaterThan(3);
    expect(documents('part-others')).not.toContain('fr');
  });

  it('merges into the site one build makes, byte for byte', () => {
    expect(differences(join(work, 'merged'), join(work, 'whole'))).toEqual([]);
  });

  it('refuses to merge parts that disagree, naming the file', () => {
    // A part built from another corpus: its French home differs.
    cpSync(join(work, 'part-others'), join(work, 'part-stale'), { recursive: true });
    appendFileSync(join(work, 'part-stale', 'fr', 'index.html'), '<!-- another corpus -->');
    let stderr = '';
    try {
      execFileSync(
        'node_modules/.bin/tsx',
        ['src/cli/merge.ts', '--out', join(work, 'bad'), join(work, 'part-fr'), join(work, 'part-stale')],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('the parts differ where they should agree');
    expect(stderr).toContain('fr/index.html');
    expect(existsSync(join(work, 'bad'))).toBe(false);
  });
});
