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
import { ingestReport } from './ingest-report.ts';

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
  for (const d of documents) process.stdout.write(ingestReport(d, documents, showBlocks));
  for (const p of corpus.problems) process.stdout.write(`! ${p.message}\n`);
}
process.exitCode = corpus.problems.some((p) => p.severity === 'error') ? 1 : 0;
