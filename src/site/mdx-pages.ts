import type { Language } from '../model/document.ts';

export interface MdxPage {
  frontmatter: { title: string; description?: string };
  Content: (props: Record<string, unknown>) => unknown;
  /** It has a fenced code block: shiki colours it with style attributes, which the page's CSP must allow. */
  hasCode: boolean;
}

const modules = import.meta.glob<Omit<MdxPage, 'hasCode'>>('/content/pages/*/*.mdx', { eager: true });
const sources = import.meta.glob<string>('/content/pages/*/*.mdx', { eager: true, query: '?raw', import: 'default' });

/** The pages named `name` (content/pages/<lang>/<name>.mdx), one per language. */
export function mdxPages(name: string): { lang: Language; page: MdxPage }[] {
  return Object.entries(modules)
    .filter(([path]) => path.endsWith(`/${name}.mdx`))
    .map(([path, page]) => ({
      lang: path.split('/')[3] as Language,
      page: { ...page, hasCode: /^\s*(```|~~~)/m.test(sources[path] ?? '') },
    }));
}
