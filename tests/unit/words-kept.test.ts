import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { table } from '../../src/ingest/languages/index.ts';
import { plainText } from '../../src/ingest/references.ts';

/** Words in an alphabetic script (Chinese has no spaces to repair). */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}]+/gu;
const CORPUS = 'tests/fixtures/corpus';
const files = ['railcar', 'cr-unsc', 'web'].flatMap((d) =>
  readdirSync(join(CORPUS, d))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => join(CORPUS, d, f)),
);

/** Words formed by joining a line-end hyphenation back: the last word of a line ending in "-" and a word opening one of the next lines (a page break may lie between). */
function dehyphenated(lines: string[]): Set<string> {
  const out = new Set<string>();
  lines.forEach((l, k) => {
    const a = /(\p{L}+)-\s*$/u.exec(l);
    if (!a) return;
    for (const n of lines.slice(k + 1, k + 12)) {
      const b = /^\s*[*_]*(\p{L}+)/u.exec(n);
      if (b) out.add(a[1] + b[1]);
    }
  });
  return out;
}

describe('not one word changed, on every real file of the corpus', () => {
  it('holds no word the source does not, except hyphenations joined back and repairs of split letters', async () => {
    const faults: string[] = [];
    for (const path of files) {
      const source = readFileSync(path, 'utf8');
      const r = await ingest(path, Buffer.from(source));
      if (!r.ok) throw new Error(r.diagnostic.message);
      const doc = r.document;
      const written = new Map<string, number>();
      for (const w of source.match(WORD) ?? []) written.set(w.toLowerCase(), (written.get(w.toLowerCase()) ?? 0) + 1);
      const words = (await table(doc.language).words?.()) ?? new Set<string>();
      // A piece is a word when the list knows it or the source writes it alone more than
      // once ("a", "d" of "(d)"): a repair of split letters has at least one piece that is not.
      const isWord = (w: string) => words.has(w.toLowerCase()) || (written.get(w.toLowerCase()) ?? 0) > 1;
      const allowed = new Set([...(source.match(WORD) ?? []), ...dehyphenated(source.split('\n'))]);
      for (const d of doc.diagnostics.filter((x) => x.code === 'spacing-repaired')) {
        const [from, to] = d.message.split(' → ').map((s) => s.replace(/^"|"$/g, ''));
        const pieces = from.match(WORD) ?? [];
        if (pieces.length > 1 && pieces.every(isWord)) faults.push(`${path}: two words joined, ${d.message}`);
        else for (const w of to.match(WORD) ?? []) allowed.add(w);
      }
      const model = [...doc.header, ...doc.blocks, ...doc.footnotes].map((b) => plainText(b.inlines));
      for (const t of model)
        for (const w of t.match(WORD) ?? []) if (!allowed.has(w)) faults.push(`${path}: "${w}" is not in the source`);
    }
    expect([...new Set(faults)]).toEqual([]);
  });
});
