/**
 * THE BUILD THE BENCH TIMES — the one place to change when `npm run build` changes.
 *
 * The bench runs `npm run build`'s command with an output folder of its own: a full build
 * with `force` (every cache ignored), the rebuild after one change without it (an
 * incremental build): src/cli/build.ts, with the bench's own cache folder (RESOLU_CACHE,
 * set by bench.ts), since `--force` empties it.
 *
 * Either way the build reads RESOLU_SEEDS and RESOLU_CONTENT, and each of its stages
 * appends a JSON line `{"stage", "seconds", "rssMB"?, "files"?}` to the file
 * RESOLU_BUILD_TIMINGS names (tests/bench/stages.ts reads them).
 */
export const BUILD = {
  command: 'node_modules/.bin/tsx',
  args: (out: string, force: boolean) => ['src/cli/build.ts', '--out', out, ...(force ? ['--force'] : [])],
};
