/**
 * Digests that say when a cached result is still good. A document's ingest is reused when
 * its source bytes, its file name, its editorial metadata, the glossaries and the code that
 * reads texts are all unchanged; anything else makes a new key, so a stale model can never
 * be served (the old entry is simply not asked for again).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
};

/** Every file under `dir`, sorted, with its bytes: the digest of a folder's content. */
export function folderDigest(dir: string): string {
  let names: string[];
  try {
    names = (readdirSync(dir, { recursive: true }) as string[]).sort();
  } catch {
    return sha256('(none)');
  }
  const hash = createHash('sha256');
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The code that turns a source text into its model and summary: ingest, the model, the
 * glossary reader, the citation excerpts, this folder, and the locked dependencies.
 */
export function ingestCodeVersion(root = '.'): string {
  return sha256(
    ...['src/ingest', 'src/model', 'src/glossary', 'src/build'].map((d) => folderDigest(join(root, d))),
    readFileSync(join(root, 'src/site/citations.ts')),
    readFileSync(join(root, 'package-lock.json')),
  );
}
