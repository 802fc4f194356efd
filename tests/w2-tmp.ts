import { pageWeight } from '../src/bench/page-weights.ts';
import { loadCorpus } from '../src/ingest/corpus.ts';
const { documents } = await loadCorpus('seeds', 'content');
const w = pageWeight('dist', documents.find((d) => d.slug === 'a-res-80-173')!);
console.log(w.gzip, w.textGzip, (w.textGzip * 1.2).toFixed(0), w.ratio.toFixed(3));
