import { loadCorpus } from './src/ingest/corpus.ts';
const c = await loadCorpus('seeds', 'content');
for (const d of c.documents) {
  const counts: Record<string, number> = {};
  for (const b of d.blocks) counts[b.kind] = (counts[b.kind] ?? 0) + 1;
  console.log(d.file, d.slug, d.language, d.format, JSON.stringify(d.metadata), JSON.stringify(counts), 'notes', d.footnotes.length, 'refs', d.references.length, 'diag', d.diagnostics.length);
  console.log(d.diagnostics.filter(x=>x.code!=='spacing-repaired' && x.code!=='hyphen-undecided').slice(0,8).map(x=>`${x.line} ${x.code} ${x.message}`).join('\n'));
}
console.log(c.problems);
