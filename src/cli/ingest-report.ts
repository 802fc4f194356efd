import { CITATION_RELATIONS, type Document } from '../model/document.ts';
import { plainText } from '../ingest/references.ts';

/**
 * What ingest recovered from one document, as `npm run ingest` prints it: metadata, block
 * counts, notes, references, each diagnostic with its line, and with `blocks` every block
 * (id, kind, the rule that placed it, line, first words) and note. The golden models'
 * `blocks.txt` are this report, so a change to ingest shows in it.
 */
export function ingestReport(d: Document, documents: Document[], showBlocks: boolean): string {
  const counts = new Map<string, number>();
  for (const b of d.blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  const missing = d.footnotes.filter((n) => n.missing).map((n) => n.marker);
  const here = new Set(documents.map((x) => x.metadata.symbol).filter(Boolean));
  const resolvedHere = d.references.filter((r) => here.has(r.symbol)).length;
  const unmatched = d.diagnostics.filter((x) => x.code === 'link-hint-unmatched').length;
  const lines = [
    `── ${d.file} → /${d.language}/${d.slug}/`,
    `   symbol ${d.metadata.symbol ?? 'unknown'} · language ${d.language} (${d.languageSource}) · type ${d.metadata.type} · format ${d.format} · ${d.encoding}`,
    `   title  ${d.metadata.title ?? 'unknown'}`,
    `   body ${d.metadata.body ?? 'unknown'} · session ${d.metadata.session ?? '–'} · agenda item ${d.metadata.agendaItem ?? '–'} · date ${d.metadata.date ?? 'unknown'}`,
    `   blocks ${[...counts].map(([k, n]) => `${k} ${n}`).join(' · ')}`,
    `   notes ${d.footnotes.length} (missing text: ${missing.join(', ') || 'none'})`,
    `   references ${d.references.length} to ${new Set(d.references.map((r) => r.symbol)).size} documents: ${resolvedHere} resolved to documents of this corpus, ${d.references.length - resolvedHere} to undocs.org`,
    // What the citing paragraphs do, by their opening words; `other` counts those the language's table does not know.
    ...(d.references.length > 0 ? [`   relations ${relationCounts(d)}`] : []),
    `   link hints ${d.linkHints.length} (undocs addresses no reference produces: ${unmatched}) · unplaced blocks ${counts.get('unplaced') ?? 0}`,
  ];
  for (const x of d.diagnostics)
    lines.push(`   ${x.severity.padEnd(7)} line ${String(x.line).padStart(4)}  ${x.code}: ${x.message}`);
  if (showBlocks) {
    for (const b of d.blocks)
      lines.push(
        `     ${b.id.padEnd(14)} ${b.kind.padEnd(12)} ${(b.rule ?? '').padEnd(18)} ${String(b.line).padStart(4)}  ${plainText(b.inlines).replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    for (const n of d.footnotes)
      lines.push(
        `     ${n.id.padEnd(14)} note${n.missing ? ' MISSING' : ''}   ${String(n.line).padStart(4)}  ${plainText(n.inlines).slice(0, 110)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** "recalls 3 · reaffirms 1 · other 2": the references per relation, in the schema's order, those with none left out. */
export function relationCounts(d: Document): string {
  return CITATION_RELATIONS.map((r) => [r, d.references.filter((x) => x.relation === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`)
    .join(' · ');
}
