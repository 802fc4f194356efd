import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.ts';
import type { Document } from '../../src/model/document.ts';

/** The hand-read ground truth of a web copy (tests/fixtures/corpus/README.md). */
export interface Truth {
  /** null for a constructed fixture, which names no real document. */
  symbol: string | null;
  language: string;
  preambular_count: number;
  operative_numbers: number[];
  unnumbered_operative_count?: number;
  subparagraphs: Record<string, string[]>;
  footnotes: string[];
  cited_symbols: string[];
}

/** One check of a truth file against a model: what was expected and what ingest gave. */
export interface Check {
  file: string;
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

/** Every web copy beside its truth file: both forms (`.verbatim.txt` and `.txt`) of each. */
export function webCopies(dir: string): { path: string; truth: Truth }[] {
  const truths = readdirSync(dir).filter((f) => f.endsWith('.truth.json'));
  return truths.flatMap((t) => {
    const truth = JSON.parse(readFileSync(join(dir, t), 'utf8')) as Truth;
    const stem = t.replace(/\.truth\.json$/, '');
    const present = readdirSync(dir);
    return [`${stem}.verbatim.txt`, `${stem}.txt`]
      .filter((f) => present.includes(f))
      .map((f) => ({ path: join(dir, f), truth }));
  });
}

const squash = (s: string): string => s.replace(/\s+/g, '').toUpperCase();

/** The parent of a sub-paragraph id as a truth file names it: `p3-a` → `3`, `para-1-a` → `u1`, `pp5-a` → `pp5`. */
function truthParent(id: string): string {
  const parent = id.replace(/-[^-]+$/, '');
  if (/^p\d+$/.test(parent)) return parent.slice(1);
  if (/^para-\d+$/.test(parent)) return `u${parent.slice(5)}`;
  return parent;
}

/** The checks of one web copy: language, symbol, operative numbers, sub-paragraphs, preamble, notes, citations. */
export function checksOf(file: string, doc: Document, truth: Truth): Check[] {
  const checks: Check[] = [];
  const check = (field: string, expected: unknown, actual: unknown) =>
    checks.push({ file, field, expected, actual, ok: JSON.stringify(expected) === JSON.stringify(actual) });
  const body = doc.blocks.filter((b) => b.part === 0);
  check('language', truth.language, doc.language);
  if (truth.symbol !== null) check('symbol', squash(truth.symbol), squash(doc.metadata.symbol ?? ''));
  check(
    'operative_numbers',
    truth.operative_numbers,
    body.filter((b) => b.kind === 'operative').map((b) => Number(b.label)),
  );
  if (truth.unnumbered_operative_count !== undefined)
    check(
      'unnumbered_operative_count',
      truth.unnumbered_operative_count,
      body.filter((b) => b.kind === 'paragraph').length,
    );
  const subs: Record<string, string[]> = {};
  for (const b of body.filter((x) => x.kind === 'subparagraph')) {
    const parent = truthParent(b.id);
    (subs[parent] ??= []).push(b.id.slice(b.id.lastIndexOf('-') + 1));
  }
  check('subparagraphs', truth.subparagraphs, subs);
  check('preambular_count', truth.preambular_count, body.filter((b) => b.kind === 'preambular').length);
  if (truth.footnotes.length) {
    // The calls of the resolution's own text: the rest of a page (the volume's decisions, the
    // next resolution's start), kept unplaced, is not what the truth counts.
    const called: string[] = [];
    for (const b of doc.blocks.filter((x) => x.kind !== 'unplaced'))
      for (const i of b.inlines) if (i.t === 'noteref' && !called.includes(i.marker)) called.push(i.marker);
    check('footnotes', truth.footnotes, called);
  }
  if (truth.cited_symbols.length) {
    // Linked anywhere on the page: in the text and notes (doc.references) or in the header
    // ("[without reference to a Main Committee (A/80/L.2/Rev.1)]", "[S/875]").
    const linked = [
      ...doc.references.map((r) => ({ text: r.text, symbol: r.symbol })),
      ...doc.header.flatMap((h) => h.inlines).flatMap((i) => (i.t === 'ref' ? [{ text: i.v, symbol: i.symbol }] : [])),
    ];
    const found = new Set(linked.map((r) => squash(r.text)));
    const symbols = new Set(linked.map((r) => squash(r.symbol)));
    const missing = truth.cited_symbols.filter((s) => !found.has(squash(s)) && !symbols.has(squash(s)));
    check('cited_symbols', [], missing);
  }
  return checks;
}

/** Ingests every web copy of `dir` and checks it against its truth file. */
export async function scoreWebCopies(dir: string): Promise<Check[]> {
  const checks: Check[] = [];
  for (const { path, truth } of webCopies(dir)) {
    const r = await ingest(path, readFileSync(path));
    if (!r.ok) throw new Error(r.diagnostic.message);
    checks.push(...checksOf(path.slice(dir.length + 1), r.document, truth));
  }
  return checks;
}
