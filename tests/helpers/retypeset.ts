/**
 * Renders a Document model back into the shapes in which UN texts arrive, so that ingest
 * can be held to shapes beyond the corpus: what ingest reads from a shape must be the
 * structure it was typeset from. The conventions are the UN's printed ones per language
 * (Arabic `1 -` and `(أ)`, Spanish and Russian `a)`, the others `(a)`), and the page
 * furniture that of the Official Document System's PDFs (symbol, job number, folio).
 */
import type { Block, Document, Footnote, Inline, Language } from '../../src/model/document.ts';

export const SHAPES = [
  'blank-lines',
  'one-per-line',
  'double-spaced-pdf',
  'indented-pdf',
  'markdown',
  'layout',
] as const;
export type Shape = (typeof SHAPES)[number];

/** Scripts written without spaces between words: a wrap may fall between any two characters. */
const UNSPACED = new Set<Language>(['zh']);
const JOB = '25-12345';
const SYMBOL_HEAD = 'A/RES/80/999';

const operativeLabel = (n: string, lang: Language) => (lang === 'ar' ? `${n} - ` : `${n}. `);
const subLabel = (l: string, lang: Language) => (lang === 'es' || lang === 'ru' ? `${l}) ` : `(${l}) `);

/** A paragraph's printed label, as the UN prints it in that language. */
function label(b: Block, lang: Language): string {
  if (b.kind === 'operative' && b.label) return operativeLabel(b.label, lang);
  if (b.kind === 'subparagraph' && b.label) return subLabel(b.label, lang);
  return '';
}

/** Inline content as text, note calls as the shape writes them. */
function render(inlines: Inline[], call: (marker: string) => string): string {
  return inlines.map((i) => (i.t === 'noteref' ? call(i.marker) : i.v)).join('');
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces (or anywhere in Chinese). */
export function wrap(text: string, width: number, lang: Language): string[] {
  const lines: string[] = [];
  if (UNSPACED.has(lang)) {
    const chars = [...text];
    for (let k = 0; k < chars.length; k += width) lines.push(chars.slice(k, k + width).join(''));
    return lines;
  }
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Paragraph {
  text: string;
  label: string;
  notes: Footnote[];
}

function paragraphs(doc: Document, call: (marker: string) => string): Paragraph[] {
  const notes = new Map(doc.footnotes.map((n) => [n.id, n]));
  const header = doc.header.map((h) => ({ text: render(h.inlines, call), label: '', notes: [] }));
  return [
    ...header,
    ...doc.blocks.map((b) => ({
      text: render(b.inlines, call),
      label: label(b, doc.language),
      notes: b.inlines.flatMap((i) => (i.t === 'noteref' && notes.get(i.id) ? [notes.get(i.id)!] : [])),
    })),
  ];
}

const noteText = (n: Footnote, call: (m: string) => string) => render(n.inlines, call);
const glued = (m: string) => m;

/** PDF text: pages of `pageLines` lines with a running head, notes at the foot of their page. */
function pdf(doc: Document, options: { doubleSpaced: boolean; indent: string; pageLines: number }): string {
  const lang = doc.language;
  // The first page's masthead prints the symbol the running heads repeat.
  const out: string[] = [SYMBOL_HEAD, ''];
  let page = 1;
  let onPage = 0;
  let pending: Footnote[] = [];
  const footAndHead = () => {
    if (pending.length) {
      out.push('__________________');
      for (const n of pending) out.push(` ${n.marker} ${noteText(n, glued)}`);
      pending = [];
    }
    page++;
    onPage = 0;
    // Alternating running heads, as on the UN's recto and verso pages.
    out.push(
      '',
      page % 2 ? `${JOB}  ${page}/9` : `${SYMBOL_HEAD}`,
      page % 2 ? `${SYMBOL_HEAD}` : `${page}/9  ${JOB}`,
      '',
    );
  };
  for (const p of paragraphs(doc, glued)) {
    const lines = wrap(p.label + p.text, 80, lang);
    lines.forEach((line, k) => {
      out.push((k === 0 ? options.indent : '') + line);
      if (options.doubleSpaced) out.push('');
      if (++onPage >= options.pageLines) footAndHead();
    });
    pending.push(...p.notes);
    if (!options.doubleSpaced && !options.indent) out.push('');
  }
  if (pending.length) {
    out.push('__________________');
    for (const n of pending) out.push(` ${n.marker} ${noteText(n, glued)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The text in one shape. */
export function retypeset(doc: Document, shape: Shape): string {
  const lang = doc.language;
  const endNotes = (call: (m: string) => string, prefix: (m: string) => string) =>
    doc.footnotes.filter((n) => !n.missing).map((n) => `${prefix(n.marker)}${noteText(n, call)}`);
  switch (shape) {
    case 'blank-lines':
      return `${[...paragraphs(doc, glued).map((p) => p.label + p.text), '__________________', ...endNotes(glued, (m) => ` ${m} `)].join('\n\n')}\n`;
    case 'one-per-line':
      return `${[...paragraphs(doc, glued).map((p) => p.label + p.text), '---', ...endNotes(glued, (m) => `${m} `)].join('\n')}\n`;
    case 'markdown': {
      const call = (m: string) => `[^${m}]`;
      const body = paragraphs(doc, call).map((p) => p.label + p.text);
      return `${[...body, ...endNotes(call, (m) => `[^${m}]: `)].join('\n\n')}\n`;
    }
    case 'double-spaced-pdf':
      return pdf(doc, { doubleSpaced: true, indent: '', pageLines: 14 });
    case 'indented-pdf':
      return pdf(doc, { doubleSpaced: false, indent: '     ', pageLines: 9 });
    case 'layout': {
      // pdftotext -layout: a hanging label in the margin, the text in its own column.
      const out: string[] = [];
      for (const p of paragraphs(doc, glued)) {
        const lines = wrap(p.text, 72, lang);
        lines.forEach((line, k) => out.push(`${' '.repeat(8)}${(k === 0 ? p.label.trim() : '').padEnd(8)}${line}`));
        out.push('');
      }
      out.push('        __________________');
      for (const n of doc.footnotes.filter((x) => !x.missing))
        out.push(`          ${n.marker}`.padEnd(16) + noteText(n, glued));
      return `${out.join('\n')}\n`;
    }
  }
}
