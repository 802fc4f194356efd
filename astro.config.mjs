// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import rehypeSlug from 'rehype-slug';
import pagefindIndex from './src/integrations/pagefind.ts';
import resolverBundle from './src/integrations/resolver.ts';
import documentFilesWriter from './src/integrations/writer.ts';

// Documents are rendered from the ingest model by components; Markdown/MDX is only for
// hand-written pages, whose headings get ids from rehype-slug. SmartyPants stays off: it
// would rewrite French « » spacing and apostrophes of quoted source text.
const processor = unified({ smartypants: false, rehypePlugins: [rehypeSlug] });

export default defineConfig({
  // No `site`/`base`: every internal link is relative, so dist/ works under any sub-path.
  build: { format: 'directory', inlineStylesheets: 'always' },
  trailingSlash: 'always',
  // Lossless compression. The default ('jsx') drops whitespace between inline elements:
  // a space between a word and a link or a note call could vanish from a paragraph.
  compressHTML: true,
  markdown: { processor },
  // The paragraph pages and each document's files (src/writer/), the search index and the
  // resolver's script are part of the build: written once the pages are (astro:build:done),
  // in this order, so that the index sees every page.
  integrations: [mdx({ processor }), documentFilesWriter(), pagefindIndex(), resolverBundle()],
  // Under `npm run build` (src/cli/build.ts), pages whose render key is unchanged are
  // restored from Astro's cache, kept per output folder, and dist/ is not emptied: the
  // build removes what is stale itself. A bare `astro build` empties dist/ as usual.
  experimental: { incrementalBuild: true },
  cacheDir: process.env.RESOLU_ASTRO_CACHE ?? './node_modules/.astro',
  // Editors' content (annotations) is imported from @content: content/, or the fixtures
  // the tests name in RESOLU_CONTENT.
  vite: {
    resolve: { alias: { '@content': resolve(process.env.RESOLU_CONTENT ?? 'content') } },
    build: { emptyOutDir: !process.env.RESOLU_CORPUS },
  },
});
