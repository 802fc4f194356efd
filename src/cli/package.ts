/**
 * `npm run package` (after `npm run build`): a mirror's kit.
 *  - dist/ gets .gz and .br siblings for every HTML, CSS, JS, JSON and XML file (nginx
 *    gzip_static / brotli_static) and dist/SHA256SUMS for every file it serves;
 *  - package/resolu-<date>.tar.gz: the site for reading from disk (a USB stick): every
 *    internal link names a file (…/index.html), since a browser lists a folder's contents
 *    for a folder link over file://; <date> is the newest document's, never the clock's;
 *  - package/SHA256SUMS for the archive (`sha256sum -c SHA256SUMS`).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const site = process.env.RESOLU_DIST ?? 'dist';
const out = process.env.RESOLU_PACKAGE ?? 'package';

const files = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// 1. Precompressed siblings, then checksums of what a server serves.
rmSync(join(site, 'SHA256SUMS'), { force: true });
for (const f of files(site).filter((x) => /\.(html|css|js|json|xml|txt|svg)$/.test(x))) {
  const bytes = readFileSync(f);
  writeFileSync(`${f}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${f}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
writeFileSync(
  join(site, 'SHA256SUMS'),
  files(site)
    .filter((f) => !f.endsWith('SHA256SUMS'))
    .map((f) => `${sha256(f)}  ${relative(site, f)}`)
    .join('\n') + '\n',
);

// 2. The archive for reading from disk: links name files.
const catalog = JSON.parse(readFileSync(join(site, 'data/catalog.json'), 'utf8')) as {
  documents: { date: string | null }[];
};
const date =
  catalog.documents
    .map((d) => d.date)
    .filter(Boolean)
    .sort()
    .at(-1) ?? '0000-00-00';
const staging = join(out, `resolu-${date}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(site, staging, { recursive: true, filter: (f) => !/\.(gz|br)$/.test(f) && !f.endsWith('SHA256SUMS') });
for (const f of files(staging).filter((x) => x.endsWith('.html'))) {
  const html = readFileSync(f, 'utf8').replace(
    /(\s(?:href|src)=")([^"#:?]*\/)((?:#[^"]*)?")/g,
    (_, attr: string, path: string, rest: string) => `${attr}${path}index.html${rest}`,
  );
  writeFileSync(f, html);
}
const archive = `resolu-${date}.tar.gz`;
// Reproducible: sorted names, fixed owner and time, no gzip timestamp.
execFileSync('sh', [
  '-c',
  `tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C "${out}" "resolu-${date}" | gzip -n -9 > "${join(out, archive)}"`,
]);
rmSync(staging, { recursive: true });
writeFileSync(join(out, 'SHA256SUMS'), `${sha256(join(out, archive))}  ${archive}\n`);
console.log(
  `[résolu] ${join(out, archive)} and ${join(out, 'SHA256SUMS')}; ${site}/ has .gz/.br siblings and SHA256SUMS`,
);
