/**
 * After `astro build`: the Pagefind index of dist/, written to dist/pagefind/ through
 * Pagefind's Node API. Only document pages are indexed (their text carries
 * `data-pagefind-body`); the paragraph-number and single-page links are left out.
 */
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({
  excludeSelectors: ['p[id] > a:first-child', 'p[id] > a[href$="/"]', 'a[role="doc-backlink"]', '.vh'],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) console.warn(`[résolu] search index: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
console.log(`[résolu] search index: ${added.page_count} pages indexed into ${site}/pagefind/`);
await pagefind.close();
