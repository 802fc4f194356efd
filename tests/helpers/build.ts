import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run build` into `out`, from `seeds` (default seeds/), with its own cache folder so
 * that builds of several tests never share (or wipe) one another's caches.
 * Returns the stage lines the build reported (`{stage, seconds, …}`).
 */
export function build(
  out: string,
  options: { seeds?: string; cache: string; force?: boolean; args?: string[]; env?: NodeJS.ProcessEnv },
): Record<string, number | string>[] {
  const timings = `${options.cache}.timings.jsonl`;
  execFileSync(
    'node_modules/.bin/tsx',
    ['src/cli/build.ts', '--out', out, ...(options.force ? ['--force'] : []), ...(options.args ?? [])],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ...(options.seeds && { RESOLU_SEEDS: options.seeds }),
        RESOLU_CACHE: options.cache,
        RESOLU_BUILD_TIMINGS: timings,
        ...options.env,
      },
    },
  );
  const lines = readFileSync(timings, 'utf8').trim().split('\n');
  // Only this build's lines: the file keeps every build's.
  const from = lines.findLastIndex((l) => JSON.parse(l).stage === 'ingest');
  return lines.slice(from).map((l) => JSON.parse(l));
}

/** Every file under `dir`, relative, sorted. */
export const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

/** The files whose bytes differ between two folders, and those only one of them has. */
export function differences(a: string, b: string): string[] {
  const [left, right] = [filesUnder(a), filesUnder(b)];
  const inRight = new Set(right);
  const inLeft = new Set(left);
  return [
    ...left.filter((f) => !inRight.has(f)).map((f) => `only in ${a}: ${f}`),
    ...right.filter((f) => !inLeft.has(f)).map((f) => `only in ${b}: ${f}`),
    ...left.filter((f) => inRight.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))),
  ];
}
