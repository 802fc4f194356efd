import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLongCorpus } from '../src/bench/generate-long.ts';
import { findChromium } from './helpers/chromium.ts';

/** Where the tests build a second site from fixture texts (two language versions, a hostile text). */
export const FIXTURE_SITE = 'node_modules/.cache/resolu-fixture-site';
/**
 * The fixture site is built as a mirror that says where it is served (RESOLU_SITE_URL), so
 * that its 404 page shows what that changes; no other test reads its absolute addresses.
 */
export const FIXTURE_SITE_URL = 'https://mirror.example.org/miroir/';

/**
 * The site tests read the real built site. `npm test` builds it first, with the same
 * command a newcomer runs, so the tests never see a stale dist/; then it builds a small
 * site from tests/fixtures/site for what the seeds cannot show (each with its search index,
 * which the build writes itself).
 * (Set RESOLU_SKIP_BUILD=1 to reuse sites you just built.)
 */
export default async function setup(): Promise<void> {
  // Unpack the bundled Chromium (when it is the one used) once, before workers race to it.
  await findChromium();
  if (process.env.RESOLU_SKIP_BUILD === '1') return;
  // dist/ as a newcomer builds it: a RESOLU_SITE_URL left in the shell would change its 404 page.
  const { RESOLU_SITE_URL: _ignored, ...env } = process.env;
  execFileSync('npm', ['run', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  buildFixtureSite();
  await buildShardSite();
}

/** Where the tests build a site of generated documents over four years, indexed in small shards. */
export const SHARD_SITE = 'node_modules/.cache/resolu-shard-site';
/** Its shard size: 40 documents, about 9 French ones a year, make two French shards of two years each. */
export const SHARD_SITE_SIZE = 20;

/**
 * The seeds fall in few years, so the search shards (src/search/shards.ts) are tested on
 * generated documents whose dates are spread over 2027–2030, built with RESOLU_SHARD_SIZE.
 */
export async function buildShardSite(): Promise<void> {
  const source = 'node_modules/.cache/resolu-shard-corpus';
  rmSync(source, { recursive: true, force: true });
  rmSync(SHARD_SITE, { recursive: true, force: true });
  // The long generator's French documents, all dated 2030, spread here over four years.
  await generateLongCorpus(40, source);
  const metadata = join(source, 'content/documents');
  readdirSync(metadata)
    .sort()
    .forEach((f, k) => {
      const file = join(metadata, f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/date: "2030-/, `date: "${2030 - (k % 4)}-`));
    });
  execFileSync('node_modules/.bin/tsx', ['src/cli/build.ts', '--out', SHARD_SITE], {
    env: {
      ...process.env,
      RESOLU_CACHE: `${SHARD_SITE}-cache`,
      RESOLU_SEEDS: join(source, 'seeds'),
      RESOLU_CONTENT: join(source, 'content'),
      RESOLU_SHARD_SIZE: String(SHARD_SITE_SIZE),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The small site of tests/fixtures/site, into FIXTURE_SITE (also used by `npm run screenshots`). */
export function buildFixtureSite(): void {
  rmSync(FIXTURE_SITE, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsx', ['src/cli/build.ts', '--out', FIXTURE_SITE], {
    env: {
      ...process.env,
      // Its own caches: the fixture texts are not the seeds.
      RESOLU_CACHE: `${FIXTURE_SITE}-cache`,
      RESOLU_SEEDS: 'tests/fixtures/site/seeds',
      RESOLU_CONTENT: 'tests/fixtures/site/content',
      RESOLU_SITE_URL: FIXTURE_SITE_URL,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
