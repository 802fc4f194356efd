import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { eIdOf } from '../../src/exports/akoma-ntoso.ts';
import { CITATION_RELATIONS, Document as DocumentSchema, type Document } from '../../src/model/document.ts';
import { seeds } from '../helpers/corpus.ts';

let docs: Document[];
beforeAll(async () => {
  docs = Object.values(await seeds());
});
const file = (d: Document, name: string) => readFileSync(`dist/${d.language}/${d.slug}/${name}`, 'utf8');

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[] };
/**
 * Where a value breaks a JSON Schema, for the keywords z.toJSONSchema writes (type, properties,
 * required, additionalProperties, items, enum, const, oneOf, minimum, maximum): no validator
 * library for draft 2020-12 is among the dependencies.
 */
function violations(schema: Schema, value: unknown, at = ''): string[] {
  const type = schema.type as string | undefined;
  const is: Record<string, (v: unknown) => boolean> = {
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    array: Array.isArray,
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    integer: Number.isInteger,
    boolean: (v) => typeof v === 'boolean',
    null: (v) => v === null,
  };
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((s) => violations(s, value, at).length === 0).length;
    return fits === 1 ? [] : [`${at}: fits ${fits} of oneOf`];
  }
  if (Array.isArray(schema.type)) {
    const fit = (schema.type as string[]).find((t) => is[t](value));
    return fit ? violations({ ...schema, type: fit }, value, at) : [`${at}: not ${schema.type.join(' or ')}`];
  }
  if (type && !is[type](value)) return [`${at}: not ${type}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    return [`${at}: ${JSON.stringify(value)} not in enum`];
  if ('const' in schema && schema.const !== value) return [`${at}: not ${JSON.stringify(schema.const)}`];
  if (typeof schema.minimum === 'number' && (value as number) < schema.minimum) return [`${at}: below minimum`];
  if (typeof schema.maximum === 'number' && (value as number) > schema.maximum) return [`${at}: above maximum`];
  if (type === 'array' && schema.items)
    return (value as unknown[]).flatMap((v, k) => violations(schema.items!, v, `${at}/${k}`));
  if (type !== 'object') return [];
  const object = value as Record<string, unknown>;
  const out = ((schema.required as string[] | undefined) ?? [])
    .filter((k) => !(k in object))
    .map((k) => `${at}: ${k} missing`);
  for (const [k, v] of Object.entries(object)) {
    const sub = schema.properties?.[k] ?? (schema.additionalProperties as Schema | false | undefined);
    if (sub === false) out.push(`${at}: ${k} not allowed`);
    else if (sub && typeof sub === 'object') out.push(...violations(sub, v, `${at}/${k}`));
  }
  return out;
}

describe('bulk data for every seed', () => {
  it('publishes data.json, valid against the schema published beside it', () => {
    const schema = JSON.parse(readFileSync('dist/data/document.schema.json', 'utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['slug', 'metadata', 'blocks', 'footnotes', 'references']),
    );
    for (const d of docs) expect(() => DocumentSchema.parse(JSON.parse(file(d, 'data.json')))).not.toThrow();
    // And against the published JSON Schema itself, not only the zod schema it is made from.
    for (const d of docs) expect(violations(schema, JSON.parse(file(d, 'data.json'))), d.slug).toEqual([]);
  });

  it('publishes the relation of every reference in the schema, required, one of the eight', () => {
    const schema = JSON.parse(readFileSync('dist/data/document.schema.json', 'utf8'));
    const reference = schema.properties.references.items;
    expect(reference.required).toContain('relation');
    expect(reference.properties.relation.enum).toEqual([...CITATION_RELATIONS]);
    // The check can fail: a reference without its relation, or with an unknown one, is refused.
    const d = JSON.parse(file(docs[0], 'data.json'));
    const { relation: _, ...bare } = d.references[0];
    expect(violations(schema, { ...d, references: [bare] })).toEqual(['/references/0: relation missing']);
    expect(violations(schema, { ...d, references: [{ ...bare, relation: 'cites' }] })).toEqual([
      '/references/0/relation: "cites" not in enum',
    ]);
  });

  it('publishes data.txt with every numbered paragraph', () => {
    for (const d of docs) {
      const text = file(d, 'data.txt');
      for (const b of d.blocks.filter((x) => x.kind === 'operative'))
        expect(text, `${d.slug} ${b.id}`).toContain(`\n${b.label}. `);
    }
  });

  it('publishes well-formed Akoma Ntoso with the expected elements and counts', () => {
    for (const d of docs) {
      const xml = new JSDOM(file(d, 'data.xml'), { contentType: 'application/xml' }).window.document;
      expect(xml.querySelector('parsererror'), d.slug).toBeNull();
      expect(xml.documentElement.tagName).toBe('akomaNtoso');
      for (const part of ['meta', 'preface', 'mainBody', 'FRBRWork', 'FRBRExpression', 'FRBRManifestation'])
        expect(xml.getElementsByTagName(part).length, `${d.slug} ${part}`).toBe(1);
      // Preamble and conclusions only when the text has them (the schema forbids them empty).
      const has = (...kinds: string[]) => (d.blocks.some((b) => kinds.includes(b.kind)) ? 1 : 0);
      expect(xml.getElementsByTagName('preamble').length, `${d.slug} preamble`).toBe(has('formula', 'preambular'));
      expect(xml.getElementsByTagName('conclusions').length, `${d.slug} conclusions`).toBe(has('closing'));
      expect(xml.getElementsByTagName('FRBRlanguage')[0].getAttribute('language')).toBe('fra');
      const count = (kind: string) => d.blocks.filter((b) => b.kind === kind).length;
      expect(xml.getElementsByTagName('paragraph').length, d.slug).toBe(count('operative') + count('paragraph'));
      expect(xml.getElementsByTagName('point').length, d.slug).toBe(count('subparagraph'));
      expect(xml.querySelectorAll('preamble > container').length, d.slug).toBe(count('preambular'));
      expect(xml.getElementsByTagName('authorialNote').length, d.slug).toBe(
        d.blocks.flatMap((b) => b.inlines).filter((i) => i.t === 'noteref').length,
      );
      expect(xml.getElementsByTagName('ref').length, d.slug).toBeGreaterThanOrEqual(
        d.references.filter((r) => !/^fn/.test(r.in)).length,
      );
      // eIds map one-to-one to paragraph ids.
      const eIds = [...xml.querySelectorAll('[eId]')].map((e) => e.getAttribute('eId'));
      for (const b of d.blocks.filter((x) => ['operative', 'subparagraph', 'preambular', 'paragraph'].includes(x.kind)))
        expect(eIds, `${d.slug} ${b.id}`).toContain(eIdOf(b.id));
      expect(new Set(eIds).size).toBe(eIds.length);
    }
  });

  it('maps paragraph ids to AKN4UN eIds', () => {
    expect(['p12', 'p9-e', 'p2-a-ii', 'pp3', 'para-4', 'annex1-p4'].map(eIdOf)).toEqual([
      'para_12',
      'para_9__list_1__point_e',
      'para_2__list_1__point_a__list_1__point_ii',
      'preamble__para_3',
      'para_u4',
      'annex_1__para_4',
    ]);
  });

  it('publishes BibTeX, RIS and CSL-JSON beside each page, and a cite page with the code highlighted', () => {
    for (const d of docs) {
      expect(file(d, 'cite.bib')).toMatch(/^@\w+\{[^,]+,\n/);
      expect(file(d, 'cite.ris')).toMatch(/^TY {2}- \w+/m);
      expect(file(d, 'cite.ris')).toMatch(/^ER {2}- ?$/m);
      const csl = JSON.parse(file(d, 'cite.csl.json'));
      expect(csl[0].id).toBe(d.slug);
      if (d.metadata.symbol) expect(csl[0].number).toBe(d.metadata.symbol);
      const cite = file(d, 'cite/index.html');
      expect(cite).toMatch(/<pre class="shiki shiki-themes github-light github-dark"/);
      expect(cite).toContain('href="../cite.bib" download');
      expect(file(d, 'index.html')).toContain('href="cite/"');
    }
  });

  it('lists every document in the catalogue with addresses that exist', () => {
    const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8'));
    expect(catalog.documents).toHaveLength(docs.length);
    for (const entry of catalog.documents)
      for (const url of Object.values(entry.urls) as string[])
        expect(() => readFileSync(`dist/${url.endsWith('/') ? `${url}index.html` : url}`), url).not.toThrow();
  });

  it('offers discovery: sitemap with hreflang, robots.txt, Atom feed, canonical, Dublin Core and JSON-LD', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    expect(
      new JSDOM(sitemap, { contentType: 'application/xml' }).window.document.querySelector('parsererror'),
    ).toBeNull();
    for (const d of docs) expect(sitemap).toContain(`/${d.language}/${d.slug}/</loc>`);
    expect(sitemap).toContain('hreflang="ar"');
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain('User-agent: *');
    const feed = new JSDOM(readFileSync('dist/feed.xml', 'utf8'), { contentType: 'application/xml' }).window.document;
    expect(feed.getElementsByTagName('entry').length).toBe(docs.length);
    const html = file(
      docs.find((d) => d.slug === 'a-res-80-173')!,
      'index.html',
    );
    expect(html).toContain('<link rel="canonical" href="./">');
    expect(html).toContain('<meta name="DC.identifier" content="A/RES/80/173">');
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      identifier: 'A/RES/80/173',
      datePublished: '2025-12-17',
      inLanguage: 'fr',
    });
  });
});
