/**
 * `npm run bench:pages` (after `npm run build`): weight of each document page — HTML raw,
 * gzip and brotli, CSS and JS bytes — and the ratio of the page's gzip size to the gzip
 * size of the document's text alone (bench/page-weights.ts).
 */
import { pageWeight } from '../bench/page-weights.ts';
import { loadCorpus } from '../ingest/corpus.ts';

const { documents } = await loadCorpus('seeds', 'content');
const kB = (n: number) => (n / 1024).toFixed(1);
console.table(
  documents
    .map((d) => pageWeight('dist', d))
    .map((w) => ({
      page: w.page,
      'HTML kB': kB(w.html),
      'gzip kB': kB(w.gzip),
      'brotli kB': kB(w.brotli),
      'CSS B': w.css,
      'JS B': w.js,
      'annotations (chars)': w.annotations,
      'text gzip kB': kB(w.textGzip),
      'page/text (gzip)': w.ratio.toFixed(2),
    })),
);
