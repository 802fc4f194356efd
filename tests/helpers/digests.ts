import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks every file a folder's SHA256SUMS lists (the format `sha256sum -c` reads) against
 * its digest, failing with the file that differs; returns the files listed.
 */
export function verifyDigests(dir: string): string[] {
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const [, digest, file] = /^([0-9a-f]{64}) [ *](.+)$/.exec(line) ?? [];
    if (!file) throw new Error(`${dir}/SHA256SUMS: "${line}" is not a sha256sum line`);
    const actual = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
    if (actual !== digest) throw new Error(`${dir}/${file} differs from its digest in ${dir}/SHA256SUMS`);
    return file.replace(/^\.\//, '');
  });
}
