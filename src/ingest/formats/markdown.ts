import { CALL_CLOSE, CALL_OPEN } from '../layout.ts';
import { markdownLayout } from '../markdown-layout.ts';
import { resolveNoteCalls } from '../note-calls.ts';
import { markWrittenCalls } from '../written-calls.ts';
import type { SourceFormat } from './types.ts';

/**
 * Converter Markdown shows itself by its syntax: emphasis runs, `[text](#)` links,
 * `<sup>`, headings, superscript note digits. PDF text has none of these.
 */
const SIGNALS = [/\*\*[^*\n]+\*\*/, /\[[^\]\n]+\]\([^)\n]*\)/, /<sup>/, /^\*[^*\n]+\*/m, /^#{1,6} /m, /[¹²³⁴⁵⁶⁷⁸⁹]/];

const FOOTNOTE_DEFINITION = /^\[\^\d+\]:\s/m;

export const markdown: SourceFormat = {
  name: 'markdown',
  // A GitHub/pandoc footnote definition at a line's start is Markdown by itself.
  detect: (text) => FOOTNOTE_DEFINITION.test(text) || SIGNALS.filter((s) => s.test(text)).length >= 2,
  layout: (lines, lang) => markdownLayout(lines, lang),
  // Calls are marked, or left as bare digits (found as in PDF text); report calls without
  // text and notes without calls.
  calls(layout) {
    markWrittenCalls(layout); // "[1]" and "1/" written out, as wiki pages and older texts do
    resolveNoteCalls(layout); // keeps the marked calls and places the bare ones between them
    const called = new Set<string>();
    const texts = [...layout.body.map((b) => b.text), ...layout.notes.flatMap((n) => n.lines.map((x) => x.text))];
    for (const t of texts)
      for (const m of t.matchAll(new RegExp(`${CALL_OPEN}([^${CALL_CLOSE}]*)${CALL_CLOSE}`, 'gu'))) called.add(m[1]);
    const present = new Set(layout.notes.map((n) => n.marker));
    return {
      missing: [...called].filter((m) => !present.has(m)),
      uncalled: [...present].filter((m) => !called.has(m)),
    };
  },
};
