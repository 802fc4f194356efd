import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordList } from '../../src/ingest/wordlists.ts';
import type { Document } from '../../src/model/document.ts';
import { seeds, text } from '../helpers/corpus.ts';
import { verifyDigests } from '../helpers/digests.ts';

let d: Record<string, Document>;
beforeAll(async () => {
  d = await seeds();
});

const runningText = (doc: Document): string[] => doc.blocks.filter((b) => b.kind !== 'figure').map(text);

describe('paragraph text is only running text', () => {
  it('contains no page furniture: running heads, folios, rules', () => {
    for (const doc of Object.values(d)) {
      for (const t of runningText(doc)) {
        expect(t, doc.file).not.toMatch(/\d{1,3}\/\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3}\/\d{1,3}/);
        expect(t, doc.file).not.toMatch(/_{5,}/);
        expect(t, doc.file).not.toContain('NOTRE PROGRAMME COMMUN | NOTE D’ORIENTATION');
      }
    }
    // The running head A/C.2/78/L.11 is never inside a paragraph of its own document.
    expect(runningText(d['000']).some((t) => t.includes('A/C.2/78/L.11'))).toBe(false);
  });

  it('contains none of the hyperlink lists the PDF extraction appended to pages', () => {
    for (const doc of Object.values(d)) {
      const hinted = new Set(doc.linkHints.map((h) => h.url));
      for (const b of doc.blocks)
        for (const i of b.inlines)
          if (i.t === 'url')
            expect(hinted.has(i.v) && doc.format === 'pdf-text' && i.v === text(b).trim(), `${doc.file} ${b.id}`).toBe(
              false,
            );
      for (const t of runningText(doc)) expect(t).not.toMatch(/^https?:\/\/\S+$/m);
    }
    expect(d['000'].linkHints.length).toBeGreaterThan(40);
    expect(d['003'].linkHints.length).toBeGreaterThan(100);
  });

  it('unwraps converter links without touching the brackets around them', () => {
    // The UN prints "[without reference to a Main Committee (A/80/L.41)]"; the converter
    // made the symbol a link inside those brackets.
    const header = d['001'].header.map(text).join('\n');
    expect(header).toContain('[sans renvoi à une grande commission (A/80/L.41)]');
    for (const doc of Object.values(d))
      for (const b of [...doc.header, ...doc.blocks])
        expect(text(b), `${doc.file} ${'id' in b ? b.id : ''}`).not.toMatch(/\]\(|\(\[/);
  });

  it('contains no footnote text', () => {
    for (const doc of Object.values(d)) {
      const paragraphs = runningText(doc).join('\n');
      for (const n of doc.footnotes.filter((x) => !x.missing)) {
        const t = text(n);
        // Short notes ("Ibid.", "Résolution 70/1.") also occur as words of the text itself.
        if (t.length > 30) expect(paragraphs.includes(t), `${doc.file} ${n.id}`).toBe(false);
      }
    }
  });

  it('has no line-end hyphen left inside a word the dictionary knows whole', async () => {
    const words = await loadWordList('an-array-of-french-words');
    for (const doc of Object.values(d)) {
      for (const t of runningText(doc)) {
        for (const [, a, b] of t.matchAll(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu)) {
          const joined = (a + b).toLowerCase();
          const compound = `${a}-${b}`.toLowerCase();
          if (words.has(joined) && !words.has(compound)) expect.fail(`${doc.file}: "${a}-${b}" should read "${a}${b}"`);
        }
      }
    }
  });

  it('repairs PDF spacing debris where the dictionary confirms the joined word', () => {
    const all = runningText(d['000']).join('\n');
    expect(all).toContain('sur la société de l’information, ainsi que');
    expect(all).not.toContain('l ’information');
    expect(all).toContain('recommandations et des directives');
    expect(all).toContain('Haute-Représentante');
  });

  it('keeps the source files untouched (seeds/ is read-only to the program)', () => {
    // The digests committed in seeds/SHA256SUMS are the texts as received
    // (`cd seeds && sha256sum -c SHA256SUMS`); ingest and the build must leave them so.
    const listed = verifyDigests('seeds');
    for (const doc of Object.values(d)) expect(listed, doc.file).toContain(doc.file);
  });
});
