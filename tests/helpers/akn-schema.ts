import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

/** The OASIS Akoma Ntoso 3.0 schema (lenient variant) and the xml.xsd it imports, copied into the project. */
const DIR = 'tests/fixtures/schemas';
const schema = {
  fileName: 'akomantoso30-lenient.xsd',
  contents: readFileSync(`${DIR}/akomantoso30-lenient.xsd`, 'utf8'),
};
const xmlXsd = { fileName: 'xml.xsd', contents: readFileSync(`${DIR}/xml.xsd`, 'utf8') };

/**
 * Each call of xmllint-wasm starts a worker and compiles the 245 kB schema again (about a
 * second), while one call validates many files: so files go in batches, each validated
 * against the schema compiled once for its batch.
 */
const BATCH = 200;
/** Left out of messages, where it names every element. */
const AKN_NS = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}';

/**
 * Validates Akoma Ntoso documents against the schema; returns, for each invalid one, its
 * name and xmllint's errors (the first ones when there are many). Names are the caller's
 * (a source file, a path in dist/); xmllint sees them numbered, since a path can hold
 * characters its messages cannot carry.
 */
export async function invalidAkn(
  files: { name: string; xml: string }[],
): Promise<{ name: string; errors: string[] }[]> {
  const invalid: { name: string; errors: string[] }[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const named = (text: string) => text.replace(/\bdoc(\d+)\.xml\b/g, (_, k: string) => batch[Number(k)].name);
    const result = await validateXML({
      xml: batch.map((f, k) => ({ fileName: `doc${k}.xml`, contents: f.xml })),
      schema,
      preload: xmlXsd,
      maxMemoryPages: memoryPages.GiB,
    }).catch((error: unknown) => {
      // Not a validity error (a file not well-formed, the schema not compiled): said with the names.
      throw new Error(named(error instanceof Error ? error.message : String(error)));
    });
    if (result.valid) continue;
    const byFile = new Map<string, string[]>();
    for (const e of result.errors) {
      // "doc3.xml:12: element preamble: Schemas validity error : …", or "doc3.xml fails to validate".
      const k = /^doc(\d+)\.xml\b/.exec(e.rawMessage)?.[1];
      const name = k === undefined ? '(xmllint)' : batch[Number(k)].name;
      if (/ fails to validate$/.test(e.rawMessage)) {
        if (!byFile.has(name)) byFile.set(name, []);
        continue;
      }
      const message = (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.rawMessage).replaceAll(AKN_NS, '');
      byFile.set(name, [...(byFile.get(name) ?? []), message]);
    }
    for (const [name, errors] of byFile) invalid.push({ name, errors: errors.slice(0, 5) });
  }
  return invalid;
}

/** One line per invalid document, naming it and its first schema errors, for a failure message. */
export const report = (invalid: { name: string; errors: string[] }[]): string =>
  invalid.map((f) => `${f.name}:\n    ${f.errors.join('\n    ')}`).join('\n');
