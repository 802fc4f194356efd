/**
 * `npm run merge -- --out dist part-fr part-en …`: the outputs of a split build (`npm run
 * build -- --lang …` or `--shard …`, one per CI job) put together into one site. Parts hold
 * disjoint documents and search shards (each shard is its own Pagefind index, which the
 * search page merges in the browser with `mergeIndex`), and the same site-wide pages, since
 * every part was built seeing the whole corpus. A file two parts hold with different bytes
 * means they were not built from the same corpus and code: nothing is written, and the
 * file is named.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : 'dist';
const parts = args.filter((a, k) => !a.startsWith('--') && k !== at + 1);
if (parts.length === 0) {
  console.error('usage: npm run merge -- --out dist <part folder> <part folder> …');
  process.exit(1);
}

const origin = new Map<string, string>();
const conflicts: string[] = [];
for (const part of parts)
  for (const file of (readdirSync(part, { recursive: true }) as string[]).sort()) {
    const path = join(part, file);
    if (!statSync(path).isFile()) continue;
    const first = origin.get(file);
    if (!first) origin.set(file, path);
    else if (!readFileSync(first).equals(readFileSync(path))) conflicts.push(`${file}: ${first} ≠ ${path}`);
  }
if (conflicts.length > 0) {
  console.error(
    `[résolu] the parts differ where they should agree (build them from the same seeds, content and code):\n${conflicts
      .slice(0, 20)
      .map((c) => `  - ${c}`)
      .join('\n')}`,
  );
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
for (const [file, from] of origin) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(from, join(out, file));
}
console.error(`[résolu] ${origin.size} files from ${parts.length} parts merged into ${out}`);
