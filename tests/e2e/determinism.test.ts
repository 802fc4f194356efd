import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Two clean builds (`npm run build -- --force`), each with its own caches.
const build = (out: string) => {
  rmSync(out, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsx', ['src/cli/build.ts', '--force', '--out', out], {
    stdio: 'ignore',
    env: { ...process.env, RESOLU_CACHE: `${out}-cache` },
  });
};
const tree = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe('determinism', () => {
  it('two builds of the same input are byte-identical', () => {
    const [a, b] = ['node_modules/.cache/resolu-build-a', 'node_modules/.cache/resolu-build-b'];
    build(a);
    build(b);
    const files = tree(a);
    expect(tree(b)).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect(differ).toEqual([]);
    expect(files.length).toBeGreaterThan(1000);
  }, 300_000);
});
