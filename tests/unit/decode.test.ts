import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { decode } from '../../src/ingest/decode.ts';
import { ingest } from '../../src/ingest/index.ts';

const sample = 'L’Assemblée générale,\n\nRappelant sa résolution 70/125,\n\n1. Décide de poursuivre l’examen.\n';
const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + k * 2);
  }
  return out;
};

describe('decoding source bytes', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(sample)],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])],
    ['utf-16le', utf16(sample, false)],
    ['utf-16be', utf16(sample, true)],
  ])('reads %s', (encoding, bytes) => {
    const d = decode(bytes);
    expect(d.ok && d.encoding).toBe(encoding);
    expect(d.ok && d.text).toBe(sample);
  });

  it('recognises Windows-1252 / Latin-1 and reports it', async () => {
    const latin1 = Uint8Array.from([...'L\x92Assemblée générale,\n\n1. Décide.\n'].map((c) => c.charCodeAt(0)));
    const d = decode(latin1);
    expect(d.ok && d.encoding).toBe('windows-1252');
    expect(d.ok && d.text).toBe('L’Assemblée générale,\n\n1. Décide.\n');
    const result = await ingest('latin1.txt', latin1);
    expect(result.ok && result.document.diagnostics.map((x) => x.code)).toContain('encoding-windows-1252');
  });

  it('refuses empty and binary files with a message naming the file', async () => {
    for (const [bytes, reason] of [
      [new Uint8Array(), 'empty'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'binary'],
    ] as const) {
      const result = await ingest(`bad-${reason}.txt`, bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.diagnostic.code).toBe(`unreadable-${reason}`);
        expect(result.diagnostic.message).toContain(`bad-${reason}.txt`);
      }
    }
  });

  it('skips an unreadable file and goes on with the rest of the corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolu-'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', 'empty.txt'), '');
    writeFileSync(join(dir, 'seeds', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(join(dir, 'seeds', 'good.txt'), readFileSync('tests/fixtures/mini/en.txt'));
    const corpus = await loadCorpus(join(dir, 'seeds'), join(dir, 'content'));
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.txt']);
    expect(corpus.problems.map((p) => p.file).sort()).toEqual(['binary.txt', 'empty.txt']);
  });
});
