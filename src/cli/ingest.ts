/**
 * `npm run ingest [-- --json] [--blocks] [--check [--strict]] [file…]`: a report per
 * document of what ingest recovered and what it could not place; `--json` prints the models
 * themselves; `--check` prints one line per document that looks wrong and a summary
 * (`--strict`: exit 1 if anything is flagged). A file argument that exists is ingested
 * directly (any folder); other arguments select seeds by file name or slug.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkDocument } from '../ingest/check.ts';
import { loadCorpus } from '../ingest/corpus.ts';
import { ingest } from '../ingest/index.ts';
import type { Document } from '../model/document.ts';
import { plainText } from '../ingest/references.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showBlocks = args.includes('--blocks');
const check = args.includes('--check');
const strict = args.includes('--strict');
const only = args.filter((a) => !a.startsWith('--'));
const paths = only.filter((a) => existsSync(a) && statSync(a).isFile());

const corpus = await loadCorpus('seeds', 'content');
const documents = corpus.documents.filter(
  (d) => paths.length === 0 && (only.length === 0 || only.some((o) => d.file.includes(o) || d.slug === o)),
);
for (const path of paths) {
  const r = await ingest(path, readFileSync(path));
  if (r.ok) documents.push(r.document);
  else corpus.problems.push(r.diagnostic);
}

if (check) {
  let flagged = 0;
  const codes = new Map<string, number>();
  for (const d of documents) {
    const findings = checkDocument(d);
    if (findings.length === 0) continue;
    flagged++;
    for (const f of findings) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    const where = (line: number) => (line ? `:${line}` : '');
    process.stdout.write(`${d.file}${where(findings[0].line)}  ${findings.map((f) => f.message).join('; ')}\n`);
  }
  const paragraphs = documents.reduce((n, d) => n + d.blocks.filter((b) => b.kind !== 'unplaced').length, 0);
  const notes = documents.reduce((n, d) => n + d.footnotes.length, 0);
  process.stdout.write(
    `${documents.length} documents, ${paragraphs} blocks, ${notes} notes; ${flagged} flagged` +
      `${codes.size ? ` (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}\n`,
  );
  process.exit(strict && flagged > 0 ? 1 : 0);
}

if (json) {
  process.stdout.write(`${JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2)}\n`);
} else {
  for (const d of documents) process.stdout.write(report(d));
  for (const p of corpus.problems) process.stdout.write(`! ${p.message}\n`);
}
process.exitCode = corpus.problems.some((p) => p.severity === 'error') ? 1 : 0;

function report(d: Document): string {
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
