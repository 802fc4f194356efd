/**
 * How the build's last step reaches the writer. The writer must run inside Astro's bundle:
 * annotations are MDX files found by `import.meta.glob` (site/annotations.ts) and compiled by
 * Astro's MDX plugin, neither of which exists in the integration's own module graph, where
 * `astro:build:done` runs; and there, the corpus the pages were built from is already
 * ingested. So the shell page, rendered by the build in the same process (Astro's static
 * prerenderer imports the bundle), hands the bundle's writer over through one global, and
 * the integration (integrations/writer.ts) calls it once the pages are written.
 */
import { putWriter } from './handoff-key.ts';
import { removeShells, writeDocumentFiles, writeSite, writerContext } from './write.ts';

export interface Writer {
  writerContext: typeof writerContext;
  writeDocumentFiles: typeof writeDocumentFiles;
  removeShells: typeof removeShells;
  writeSite: typeof writeSite;
}

/** Called by the shell page as it renders. */
export const handOver = (): void => putWriter({ writerContext, writeDocumentFiles, removeShells, writeSite });
