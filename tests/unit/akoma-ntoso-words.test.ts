import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAkomaNtoso } from '../../src/exports/akoma-ntoso.ts';
import { ingest } from '../../src/ingest/index.ts';
import { plainText } from '../../src/ingest/references.ts';

/** The text of an XML document: tags dropped (a tag is no space: `<ref>56/183</ref>,`), the five entities read, spaces collapsed. */
const words = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the Akoma Ntoso export loses no note', () => {
  it('writes every note of the seeds and the web copies, called or not (A/C.2/78/L.11 prints note 11 without a call)', async () => {
    const files = [
      ...readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join('seeds', f)),
      ...readdirSync('tests/fixtures/corpus/web')
        .filter((f) => /^[a-z]{2}_[^.]+\.txt$/.test(f))
        .map((f) => join('tests/fixtures/corpus/web', f)),
    ];
    let uncalled = 0;
    for (const file of files) {
      const r = await ingest(file.split('/').at(-1)!, readFileSync(file));
      if (!r.ok) throw new Error(r.diagnostic.message);
      const doc = r.document;
      const text = words(toAkomaNtoso(doc));
      const calls = new Set(
        [...doc.blocks, ...doc.header, ...doc.footnotes].flatMap((x) =>
          x.inlines.flatMap((i) => (i.t === 'noteref' ? [i.id] : [])),
        ),
      );
      for (const n of doc.footnotes.filter((f) => !f.missing)) {
        expect(text, `${file} ${n.id}`).toContain(spaced(plainText(n.inlines)));
        if (!calls.has(n.id)) uncalled++;
      }
    }
    expect(uncalled).toBeGreaterThan(0);
  });
});
