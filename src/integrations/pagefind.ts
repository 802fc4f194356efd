/**
 * The search index, written by Astro itself once the pages are (`astro:build:done`), so
 * `astro build` alone builds the whole site. Pagefind's Node API indexes the output folder
 * (`addDirectory`, which stays linear where `addHTMLFile` slows with every page added).
 * Only document pages are indexed (their text carries `data-pagefind-body`); paragraph
 * numbers, back-links and visually hidden names are left out of the indexed text.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { treeRssKB } from '../bench/process-memory.ts';

export const EXCLUDED_FROM_INDEX = ['p[id] > a:first-child', 'p[id] > a[href$="/"]', 'a[role="doc-backlink"]', '.vh'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'resolu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind's indexer is a child process: its cost is what the build's process tree
        // holds above what it held when indexing began.
        const before = treeRssKB(process.pid);
        let peakKB = 0;
        const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(process.pid) - before)), 100);
        try {
          const count = await writeIndex(site);
          const seconds = (performance.now() - started) / 1000;
          logger.info(`${count} pages indexed into ${site}pagefind/ in ${seconds.toFixed(1)} s`);
          // The bench reads the stage's cost from here (RESOLU_BUILD_TIMINGS names a file).
          if (process.env.RESOLU_BUILD_TIMINGS)
            appendFileSync(
              process.env.RESOLU_BUILD_TIMINGS,
              `${JSON.stringify({ stage: 'pagefind', seconds, rssMB: peakKB / 1024 })}\n`,
            );
        } finally {
          clearInterval(sampler);
          await pagefind.close();
        }
      },
    },
  };
}

async function writeIndex(site: string): Promise<number> {
  // A fragment of a page that no longer exists must not survive an incremental build.
  rmSync(`${site}pagefind`, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not read ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  return added.page_count;
}
