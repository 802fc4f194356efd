/** What ingest reports about a document once it is read: notes, unplaced text, unmatched links. */
import type { Block, Diagnostic, Reference } from '../model/document.ts';
import type { NoteCalls } from './formats/index.ts';
import type { Layout } from './layout.ts';
import { canonical } from './link-hints.ts';
import { plainText } from './references.ts';

type Report = (d: Omit<Diagnostic, 'file'>) => void;

/** Notes nothing calls (their call may be on a missing page) and calls whose note is absent. */
export function reportNoteCalls(calls: NoteCalls, layout: Layout, report: Report): void {
  for (const m of calls.uncalled)
    report({
      line: layout.notes.find((n) => n.marker === m)?.lines[0].line ?? 0,
      severity: 'info',
      code: 'note-call-not-found',
      message: `note ${m}: no call to it was found in the text (its call may have been on a page that is not in the source)`,
    });
  for (const m of calls.missing)
    report({
      line: 0,
      severity: 'warning',
      code: 'note-text-missing',
      message: `note ${m} is called but its text is absent from the source: kept and flagged`,
    });
}

/** Every block kept as unplaced text, so that nothing is set aside silently. */
export function reportUnplaced(blocks: Block[], report: Report): void {
  for (const b of blocks.filter((x) => x.kind === 'unplaced'))
    report({
      line: b.line,
      severity: 'info',
      code: 'unplaced',
      message: `kept as unplaced text: "${plainText(b.inlines).slice(0, 40)}"`,
    });
}

/** An undocs address the PDF links that no reference in the text produces. */
export function reportUnmatchedHints(layout: Layout, references: Reference[], report: Report): void {
  const produced = new Set(references.map((r) => canonical(r.url)));
  for (const h of layout.hints) {
    if (/undocs\.org/i.test(h.url) && !produced.has(canonical(h.url)))
      report({
        line: h.line,
        severity: 'warning',
        code: 'link-hint-unmatched',
        message: `the PDF links ${h.url} but no reference in the text produces it`,
      });
  }
}
