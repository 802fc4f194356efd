import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { bodyInHeading, plainText } from '../../src/ingest/references.ts';
import { bundleOptions } from '../../src/integrations/resolver.ts';
import type { Document, Inline, Language } from '../../src/model/document.ts';
import * as source from '../../src/resolve/find.ts';
import { EXAMPLES, WEB_TEXTS, seedCorpus, seedParagraphs } from '../helpers/resolve.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolu-resolve-'));
/** The grammar as the browser gets it: bundled by esbuild with the page script's options (ESM here, to import it). */
let browser: typeof source;

beforeAll(async () => {
  const out = await build({ ...bundleOptions('src/resolve/find.ts'), format: 'esm', write: false });
  const file = join(dir, 'find.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  browser = (await import(pathToFileURL(file).href)) as typeof source;
}, 60_000);

/** What ingest found in a document: per paragraph and note, the text between note calls and its references. */
function ingestedRuns(doc: Document) {
  const runs: { where: string; text: string; found: source.Found[]; sectionBody?: string }[] = [];
  let section: string | undefined;
  const containers = [...doc.blocks, ...doc.footnotes.map((n) => ({ ...n, kind: 'note' }))];
  for (const b of containers) {
    if (b.kind === 'heading') section = bodyInHeading(plainText(b.inlines), doc.language)?.id;
    // Ingest reads the text between two note calls on its own (src/ingest/references.ts toInlines).
    const parts: Inline[][] = [[]];
    for (const i of b.inlines)
      if (i.t === 'noteref') parts.push([]);
      else parts.at(-1)!.push(i);
    for (const part of parts) {
      let offset = 0;
      const found: source.Found[] = [];
      for (const i of part) {
        if (i.t === 'noteref') continue;
        if (i.t === 'ref')
          found.push({
            symbol: i.symbol,
            text: i.v,
            offset,
            ...(i.paragraph !== undefined && { paragraph: i.paragraph }),
          });
        offset += i.v.length;
      }
      runs.push({ where: b.id, text: plainText(part), found, sectionBody: b.kind === 'note' ? undefined : section });
    }
  }
  return runs;
}

const resolveCli = (file: string, ...args: string[]): string =>
  execFileSync('npx', ['tsx', 'src/cli/resolve.ts', file, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

/** RFC 4180, strictly: quoted fields may hold commas, quotes (doubled) and line breaks; every record ends with CRLF. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  let at = 0;
  while (at < csv.length) {
    const record: string[] = [];
    for (;;) {
      field.lastIndex = at;
      const m = field.exec(csv)!;
      record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
      at = field.lastIndex;
      if (csv[at] === ',') at++;
      else if (csv.startsWith('\r\n', at)) break;
      else throw new Error(`malformed CSV at ${at}: ${JSON.stringify(csv.slice(at, at + 20))}`);
    }
    at += 2;
    records.push(record);
  }
  return records;
}

describe('the resolver finds what ingest finds', () => {
  it('in every paragraph and note of every seed and web copy, given what ingest knows of the document', async () => {
    const { corpus, instruments } = await seedCorpus();
    const docs = [...corpus.documents];
    for (const { name } of WEB_TEXTS.concat([{ name: 'es_s-res-53-1948-pagina17.txt' } as never])) {
      const r = await ingest(name, readFileSync(`tests/fixtures/corpus/web/${name}`), undefined, (l) =>
        corpus.glossaries.get(l),
      );
      if (r.ok) docs.push(r.document);
    }
    let references = 0;
    for (const doc of docs) {
      for (const run of ingestedRuns(doc)) {
        const context = { ownBody: doc.metadata.body, sectionBody: run.sectionBody };
        const where = `${doc.file} ${run.where}`;
        expect(browser.findReferences(run.text, doc.language, instruments, context), where).toEqual(run.found);
        expect(source.findReferences(run.text, doc.language, instruments, context), where).toEqual(run.found);
        references += run.found.length;
      }
    }
    expect(references).toBeGreaterThan(250);
  });

  it('reads every example of issue #17', () => {
    const found = browser.findReferences(EXAMPLES.text, EXAMPLES.language);
    expect(found.map((f) => f.symbol)).toEqual(EXAMPLES.symbols.slice(0, -1)); // no glossary given: no instrument
    expect(found.find((f) => f.paragraph)).toMatchObject({ symbol: 'A/RES/70/1', paragraph: 'p5', text: '70/1' });
    for (const f of found) expect(EXAMPLES.text.slice(f.offset, f.offset + f.text.length)).toBe(f.text);
  });

  it('links a symbol of the corpus here (its page in the reader’s language, else French), another to undocs.org', () => {
    const index = { 'A/RES/80/173': ['en/a-res-80-173', 'fr/a-res-80-173'], 'A/RES/9/9': ['fr/x'] };
    const f = (symbol: string, paragraph?: string) => ({ symbol, text: symbol, offset: 0, paragraph });
    expect(browser.linkFor(f('A/RES/80/173', 'p5'), 'en', index, '../../')).toEqual({
      href: '../../en/a-res-80-173/#p5',
      here: true,
    });
    expect(browser.linkFor(f('A/RES/80/173'), 'ar', index, '../../').href).toBe('../../fr/a-res-80-173/');
    expect(browser.linkFor(f('A/RES/70/1'), 'zh', index, '../../')).toEqual({
      href: 'https://undocs.org/zh/A/RES/70/1',
      here: false,
    });
    expect(browser.linkFor(f('constructor'), 'fr', index, '/').here).toBe(false);
    expect(browser.linkFor(f('A/RES/9/9'), 'fr', undefined, '/').here).toBe(false); // no corpus list (file://)
  });
});

describe('npm run resolve', () => {
  const expectedRows = async (text: string, language: Language) => {
    const { corpus, instruments } = await seedCorpus();
    const index = source.symbolIndexOf(corpus.documents);
    return browser
      .findReferences(text, language, instruments)
      .map((f) => ({ ...f, href: source.linkFor(f, language, index, '/').href }));
  };

  it('prints, as JSON, the list the browser finds in a paragraph of each seed, linked here or to undocs', async () => {
    const paragraphs = await seedParagraphs();
    expect(paragraphs).toHaveLength(5);
    const text = paragraphs.map((p) => p.text).join('\n\n');
    const file = join(dir, 'seeds.txt');
    writeFileSync(file, text);
    const rows = JSON.parse(resolveCli(file, '--lang', 'fr'));
    expect(rows).toEqual(await expectedRows(text, 'fr'));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    // Links here are the page's address (the examples below cite one); the others undocs.org in the text's language.
    for (const r of rows) expect(r.href).toMatch(/^(?:\/fr\/[a-z0-9-]+\/(?:#p[\w-]+)?|https:\/\/undocs\.org\/fr\/.+)$/);
  }, 60_000);

  it.each(WEB_TEXTS)(
    'prints the list found in the real text $name, in the language it detects',
    async (w) => {
      const file = join(dir, w.name);
      writeFileSync(file, w.text);
      const rows = JSON.parse(resolveCli(file));
      expect(rows).toEqual(await expectedRows(w.text, w.language));
      expect(rows.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('prints well-formed CSV: the same rows, a line break inside a name quoted', async () => {
    const file = join(dir, 'examples.txt');
    writeFileSync(file, EXAMPLES.text);
    const [header, ...records] = parseCsv(resolveCli(file, '--csv', '--lang', 'fr'));
    expect(header).toEqual(['symbol', 'text', 'offset', 'paragraph', 'href']);
    const expected = await expectedRows(EXAMPLES.text, 'fr');
    expect(records).toEqual(
      expected.map((r) => [r.symbol, r.text, String(r.offset), r.paragraph ?? '', r.href] as string[]),
    );
    expect(records.map((r) => r[0])).toEqual(EXAMPLES.symbols);
    expect(records.find((r) => r[0] === 'A/RES/80/173')![4]).toBe('/fr/a-res-80-173/');
    expect(records.find((r) => r[0] === 'A/C.3/78/L.41/Rev.1')![4]).toBe('https://undocs.org/fr/A/C.3/78/L.41/Rev.1');
    expect(records.at(-1)![1]).toContain('\n'); // the instrument's name, across the line break
  }, 60_000);
});

describe('the browser bundle', () => {
  it('is the page script, at most 20 kB gzip, with no Node module but the word lists’ lazy import', async () => {
    const out = await build({ ...bundleOptions(), write: false });
    const js = out.outputFiles[0].contents;
    expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
    const text = Buffer.from(js).toString('utf8');
    // The language tables name their word lists; the lists are loaded by a dynamic import the browser never runs.
    expect([...text.matchAll(/["'](node:[\w/]+)["']/g)].map((m) => m[1])).toEqual(['node:module']);
    expect(text).toContain('import("node:module")');
  });
});
