/**
 * The writer's step of the build (src/writer/): once Astro has written its pages
 * (`astro:build:done`), and before the search index is made, the paragraph pages and each
 * document's exports are written from the model into the output folder, so `astro build`
 * alone builds the whole site. The bench reads the stage's cost from a JSON line appended to
 * the file RESOLU_BUILD_TIMINGS names.
 */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handedOver } from '../writer/handoff-key.ts';

export default function documentFilesWriter(): AstroIntegration {
  return {
    name: 'resolu:writer',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const writer = handedOver();
        if (!writer) throw new Error('the paragraph-page shells were not rendered: src/pages/writer-shell/ is missing');
        const started = performance.now();
        const files = await writer.writeSite(outDir);
        const seconds = (performance.now() - started) / 1000;
        logger.info(`${files} paragraph pages, document files and citation pages written in ${seconds.toFixed(1)} s`);
        if (process.env.RESOLU_BUILD_TIMINGS)
          appendFileSync(process.env.RESOLU_BUILD_TIMINGS, `${JSON.stringify({ stage: 'writer', seconds, files })}\n`);
      },
    },
  };
}
