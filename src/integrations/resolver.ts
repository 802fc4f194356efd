/**
 * The resolver's script (/resolve.js), bundled by esbuild from src/resolve/browser.ts once
 * the pages are written (`astro:build:done`): ingest's reference grammar itself, no copy of
 * it. A classic script (IIFE), loaded with `defer` by the resolve pages only, so that it also
 * runs from a copied folder (file://), where Chromium refuses module scripts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';

export const RESOLVER_SCRIPT = 'resolve.js';

/** The bundle's options; the tests bundle the grammar (src/resolve/find.ts) with the same. */
export const bundleOptions = (entry = 'src/resolve/browser.ts'): BuildOptions => ({
  entryPoints: [entry],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // Lookbehind and \p{…} in the grammar's patterns: ES2018 at least.
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // The language tables name Node's word lists, loaded only on demand (src/ingest/wordlists.ts):
  // never in the browser.
  external: ['node:*'],
  logLevel: 'error',
});

export default function resolverBundle(): AstroIntegration {
  return {
    name: 'resolu:resolver',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outfile = fileURLToPath(new URL(RESOLVER_SCRIPT, dir));
        const result = await build({ ...bundleOptions(), outfile, metafile: true });
        const bytes = Object.values(result.metafile.outputs)[0].bytes;
        logger.info(`${RESOLVER_SCRIPT}: ${(bytes / 1024).toFixed(1)} kB (the reference grammar)`);
      },
    },
  };
}
