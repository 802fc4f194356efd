import type { Document } from '../model/document.ts';

/** Something a librarian should look at before publishing a document. */
export interface Finding {
  code:
    | 'no-formula'
    | 'numbering-gap'
    | 'numbering-repeat'
    | 'note-text-missing'
    | 'note-never-called'
    | 'unplaced-text'
    | 'no-symbol';
  line: number;
  message: string;
}

/**
 * What looks wrong in a document as ingest read it: a resolution with no enacting formula,
 * a gap or a repeat in its paragraph numbers, notes called but absent or never called,
 * text that could not be placed, no symbol. A pure function of the model.
 */
export function checkDocument(d: Document): Finding[] {
  const findings: Finding[] = [];
  const resolution = d.metadata.type === 'resolution' || d.metadata.type === 'draft-resolution';
  if (resolution && !d.blocks.some((b) => b.kind === 'formula'))
    findings.push({ code: 'no-formula', line: 0, message: 'no enacting formula found ("The General Assembly,")' });
  const seen = new Map<string, number>();
  for (const part of new Set(d.blocks.map((b) => b.part))) {
    let last = 0;
    for (const b of d.blocks.filter((x) => x.part === part && x.kind === 'operative')) {
      const n = Number(b.label);
      if (!Number.isInteger(n)) continue;
      const key = `${part}:${n}`;
      if (seen.has(key))
        findings.push({ code: 'numbering-repeat', line: b.line, message: `paragraph ${n} appears twice` });
      else if (n !== last + 1)
        findings.push({ code: 'numbering-gap', line: b.line, message: `paragraph ${n} follows paragraph ${last}` });
      seen.set(key, b.line);
      last = n;
    }
  }
  const called = new Set(d.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.t === 'noteref' ? [i.id] : []))));
  for (const h of d.header) for (const i of h.inlines) if (i.t === 'noteref') called.add(i.id);
  for (const n of d.footnotes) {
    if (n.missing)
      findings.push({
        code: 'note-text-missing',
        line: n.line,
        message: `note ${n.marker} is called but its text is absent`,
      });
    else if (!called.has(n.id))
      findings.push({ code: 'note-never-called', line: n.line, message: `note ${n.marker} is never called` });
  }
  const unplaced = d.blocks.filter((b) => b.kind === 'unplaced');
  if (unplaced.length)
    findings.push({
      code: 'unplaced-text',
      line: unplaced[0].line,
      message: `${unplaced.length} block(s) kept as unplaced text (first at line ${unplaced[0].line})`,
    });
  if (!d.metadata.symbol)
    findings.push({
      code: 'no-symbol',
      line: 0,
      message: 'no symbol found: set `symbol` in content/documents/<slug>.yaml if the document has one',
    });
  return findings;
}
