import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAkomaNtoso } from '../../src/exports/akoma-ntoso.ts';
import { xmlEscape } from '../../src/exports/xml.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { ingest } from '../../src/ingest/index.ts';
import { invalidAkn, report } from '../helpers/akn-schema.ts';
import { verifyDigests } from '../helpers/digests.ts';

/** Every text the project has: the seeds, the fixture site, the small fixtures and the real corpus. */
const FOLDERS = [
  'tests/fixtures/mini',
  'tests/fixtures/layout',
  'tests/fixtures/numbering',
  'tests/fixtures/corpus/railcar',
  'tests/fixtures/corpus/cr-unsc',
  'tests/fixtures/corpus/web',
];

let exports: { name: string; xml: string }[] = [];
beforeAll(async () => {
  for (const [seeds, content] of [
    ['seeds', 'content'],
    ['tests/fixtures/site/seeds', 'tests/fixtures/site/content'],
  ]) {
    const { documents } = await loadCorpus(seeds, content);
    for (const doc of documents) exports.push({ name: join(seeds, doc.file), xml: toAkomaNtoso(doc) });
  }
  for (const dir of FOLDERS)
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x))) {
      const r = await ingest(f, readFileSync(join(dir, f)));
      if (!r.ok) throw new Error(r.diagnostic.message);
      exports.push({ name: join(dir, f), xml: toAkomaNtoso(r.document) });
    }
  exports = exports.sort((a, b) => a.name.localeCompare(b.name));
}, 120_000);

describe('Akoma Ntoso exports validate against the OASIS Akoma Ntoso 3.0 schema', () => {
  it('uses the schema as copied, byte for byte (tests/fixtures/schemas/SHA256SUMS)', () => {
    expect(verifyDigests('tests/fixtures/schemas').sort()).toEqual(['akomantoso30-lenient.xsd', 'xml.xsd']);
  });

  it('rejects what the schema forbids (the check can fail)', async () => {
    const seed = exports.find((e) => e.name.startsWith('seeds/') && e.xml.includes('<preamble>'));
    if (!seed) throw new Error('no seed was ingested');
    const broken = [
      { name: 'unknown date as zeros', xml: seed.xml.replace(/(<FRBRdate date=")[^"]+"/, '$10000-00-00"') },
      {
        name: 'empty preamble',
        xml: seed.xml.replace(/<preamble>[\s\S]*?<\/preamble>/, '<preamble>\n    </preamble>'),
      },
      {
        name: 'empty conclusions',
        xml: seed.xml.replace(/<\/mainBody>/, '</mainBody>\n    <conclusions>\n    </conclusions>'),
      },
    ];
    const invalid = await invalidAkn(broken);
    expect(invalid.map((f) => f.name)).toEqual(broken.map((f) => f.name));
    expect(invalid[0].errors.join('\n')).toMatch(/FRBRdate.*'0000-00-00'/);
    expect(invalid[1].errors.join('\n')).toMatch(/preamble.*Missing child element/);
  });

  it('says what it does not know or cannot carry, inventing nothing', () => {
    const all = exports.map((e) => e.xml).join('\n');
    // An unknown date: the placeholder the schema needs, named unknown; never zeros.
    expect(all).not.toMatch(/<FRBRdate date="0000/);
    for (const d of all.match(/<FRBRdate [^>]*>/g) ?? [])
      expect(d).toMatch(
        /date="(?!0001-01-01")\d{4}-\d\d-\d\d" name="(adoption|generation)"|date="0001-01-01" name="unknown"/,
      );
    // A form feed (a page break in OCR text) is Akoma Ntoso's end-of-page marker.
    const ocr = exports.find((e) => e.name.endsWith('S_RES_0113_1956_EN_GOLD.txt'))!.xml;
    expect(ocr).toContain('which,<eop/>after discussion');
    expect(all).not.toContain(String.fromCharCode(12));
    expect(xmlEscape('a\u0001b\fc\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });

  it('for every seed, fixture-site text, small fixture and real corpus document', async () => {
    expect(exports.filter((e) => e.name.startsWith('seeds/')).length).toBeGreaterThanOrEqual(5);
    expect(exports.filter((e) => e.name.startsWith('tests/fixtures/corpus/')).length).toBeGreaterThanOrEqual(583);
    const invalid = await invalidAkn(exports);
    expect(invalid.length, `${invalid.length} of ${exports.length} exports do not validate:\n${report(invalid)}`).toBe(
      0,
    );
  });
});
