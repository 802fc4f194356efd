import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { invalidAkn, report } from '../helpers/akn-schema.ts';

/** Every `{lang}/{slug}/data.xml` a built site serves. */
function served(site: string): { name: string; xml: string }[] {
  const files: { name: string; xml: string }[] = [];
  for (const lang of readdirSync(site, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const slug of readdirSync(join(site, lang.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const path = join(site, lang.name, slug.name, 'data.xml');
      if (existsSync(path)) files.push({ name: path, xml: readFileSync(path, 'utf8') });
    }
  return files;
}

describe('every data.xml served validates against the OASIS Akoma Ntoso 3.0 schema', () => {
  it.each([
    ['dist/ (the seeds)', 'dist', 5],
    ['the fixture site', FIXTURE_SITE, 10],
  ])('in %s', async (_, site, atLeast) => {
    const files = served(site);
    expect(files.length, `data.xml files in ${site}`).toBeGreaterThanOrEqual(atLeast);
    const invalid = await invalidAkn(files);
    expect(invalid.length, `${invalid.length} of ${files.length} do not validate:\n${report(invalid)}`).toBe(0);
  });
});
