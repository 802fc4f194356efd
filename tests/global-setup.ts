import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Where the tests build a second site from fixture texts (two language versions, a hostile text). */
export const FIXTURE_SITE = 'node_modules/.cache/resolu-fixture-site';

/**
 * The site tests read the real built site. `npm test` builds it first, with the same
 * command a newcomer runs, so the tests never see a stale dist/; then it builds a small
 * site from tests/fixtures/site for what the seeds cannot show.
 * (Set RESOLU_SKIP_BUILD=1 to reuse sites you just built.)
 */
export default function setup(): void {
  if (process.env.RESOLU_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(FIXTURE_SITE, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build', '--force', '--outDir', FIXTURE_SITE], {
    env: { ...process.env, RESOLU_SEEDS: 'tests/fixtures/site/seeds', RESOLU_CONTENT: 'tests/fixtures/site/content' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('npx', ['tsx', 'src/cli/index-search.ts', FIXTURE_SITE], { stdio: ['ignore', 'ignore', 'inherit'] });
}
