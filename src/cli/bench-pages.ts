/**
 * `npm run bench:pages` (after `npm run build`): weight of each document page — HTML raw,
 * gzip and brotli, CSS and JS bytes — and the ratio of the page's gzip size to the gzip
 * size of the document's text alone: its plain text as printed — paragraph numbers, header,
 * notes — exactly what `data.txt` publishes (exports/plain-text.ts).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { loadCorpus } from '../ingest/corpus.ts';
import { toPlainText } from '../exports/plain-text.ts';

const { documents } = await loadCorpus('seeds', 'content');
const rows = documents.map((d) => {
  const html = readFileSync(`dist/${d.language}/${d.slug}/index.html`);
  // The one stylesheet, shared by every page (cached after the first).
  const css = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, m) => n + readFileSync(`dist/${d.language}/${d.slug}/${m[1]}`).length, 0);
  // Scripts that run (inline or loaded); JSON-LD is data for catalogues, never run.
  const js = [...html.toString().matchAll(/<script(?![^>]*application\/ld\+json)[^>]*?(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + (m[1] ? readFileSync(`dist/${d.language}/${d.slug}/${m[1]}`).length : Buffer.byteLength(m[2])),
    0,
  );
  const text = toPlainText(d);
  const gz = gzipSync(html, { level: 9 }).length;
  const textGz = gzipSync(Buffer.from(text), { level: 9 }).length;
  return {
    page: `/${d.language}/${d.slug}/`,
    'HTML kB': (html.length / 1024).toFixed(1),
    'gzip kB': (gz / 1024).toFixed(1),
    'brotli kB': (brotliCompressSync(html).length / 1024).toFixed(1),
    'CSS B': css,
    'JS B': js,
    'text gzip kB': (textGz / 1024).toFixed(1),
    'page/text (gzip)': (gz / textGz).toFixed(2),
  };
});
console.table(rows);
