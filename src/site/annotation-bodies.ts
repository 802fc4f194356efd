import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Annotation } from './annotations.ts';

/**
 * Each annotation's text (its MDX, compiled by Astro) as HTML, for the markup functions of
 * src/render/, which take it as a string: the document page and the paragraph pages (written
 * outside Astro's pages by src/writer/) show the same bytes. Astro's container renders it
 * exactly as `<a.Content />` in a template would; each is rendered once per build, since
 * its HTML does not depend on the page (every language version shows the same).
 */
let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

export function annotationBody(a: Annotation): Promise<string> {
  container ??= AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return c;
  });
  let html = rendered.get(a.file);
  if (!html) rendered.set(a.file, (html = container.then((c) => c.renderToString(a.Content as never))));
  return html;
}

/** The bodies of `annotations`, by file (the key src/render/ looks them up by). */
export async function annotationBodies(annotations: Annotation[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(annotations.map(async (a) => [a.file, await annotationBody(a)] as const)));
}
