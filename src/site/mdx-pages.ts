import type { Language } from '../model/document.ts';

export interface MdxPage {
  frontmatter: { title: string; description?: string };
  Content: (props: Record<string, unknown>) => unknown;
}

const modules = import.meta.glob<MdxPage>('/content/pages/*/*.mdx', { eager: true });

/** The pages named `name` (content/pages/<lang>/<name>.mdx), one per language. */
export function mdxPages(name: string): { lang: Language; page: MdxPage }[] {
  return Object.entries(modules)
    .filter(([path]) => path.endsWith(`/${name}.mdx`))
    .map(([path, page]) => ({ lang: path.split('/')[3] as Language, page }));
}
