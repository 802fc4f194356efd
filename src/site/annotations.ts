import type { TFunction } from 'i18next';
import { AnnotationFrontmatter, locateQuote } from '../annotations/annotation.ts';
import { plainText } from '../ingest/references.ts';
import { paragraphLabel } from './citations.ts';
import { slugify } from '../ingest/symbols.ts';
import type { Document } from '../model/document.ts';
import { ContentError, contentDir, corpus } from './corpus.ts';
import type { Mark } from './inline-html.ts';

/** An editor's annotation, checked against the text it annotates. */
export interface Annotation {
  /** Its element id on the page: annotation-<file name>. */
  id: string;
  /** content/annotations/<slug>/<name>.mdx */
  file: string;
  slug: string;
  data: AnnotationFrontmatter;
  Content: (props: Record<string, unknown>) => unknown;
  /** Where its quote falls in its first target's plain text, in the version of its own language. */
  mark?: Mark & { target: string; language: string };
}

interface MdxModule {
  frontmatter: unknown;
  Content: Annotation['Content'];
}

// @content is the content directory (astro.config.mjs), so the test fixtures can bring their own.
const modules = import.meta.glob<MdxModule>('@content/annotations/*/*.mdx', { eager: true });

let loaded: Promise<Map<string, Annotation[]>> | undefined;

/**
 * Every annotation, by document slug. Paragraph ids are the same in every language, so an
 * annotation of `a-res-80-173` stands beside its paragraphs in every language version.
 * This is where editors' content is checked against the texts, all of it at once: a
 * frontmatter that does not validate, a slug no document has, a target id the text lacks,
 * a quote or a correction no longer in its paragraph stops the build, every problem listed.
 */
export function annotations(): Promise<Map<string, Annotation[]>> {
  loaded ??= corpus().then(({ documents, contentErrors }) => {
    const { bySlug, errors } = check(
      Object.entries(modules).map(([key, mod]) => ({
        file: `${contentDir()}/annotations/${key.split('/annotations/')[1]}`,
        mod,
      })),
      documents,
    );
    const all = [...contentErrors.map((e) => e.message), ...errors];
    if (all.length > 0) throw new ContentError(all);
    return bySlug;
  });
  return loaded;
}

/** Validates annotations against the corpus: the annotations by slug, and what is wrong. */
export function check(
  files: { file: string; mod: MdxModule }[],
  documents: Document[],
): { bySlug: Map<string, Annotation[]>; errors: string[] } {
  const bySlug = new Map<string, Annotation[]>();
  const errors: string[] = [];
  for (const { file, mod } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const [slug, name] = file
      .replace(/^.*\/annotations\//, '')
      .replace(/\.mdx$/, '')
      .split('/');
    const parsed = AnnotationFrontmatter.safeParse(mod.frontmatter ?? {});
    if (!parsed.success) {
      errors.push(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('; ')}`,
      );
      continue;
    }
    const versions = documents.filter((d) => d.slug === slug);
    if (versions.length === 0) {
      errors.push(
        `${file}: no document has the slug "${slug}"; name the folder after a document's slug (its address: /fr/<slug>/)`,
      );
      continue;
    }
    // Ids are the same in every version; the quote is in the annotation's own language.
    const doc = versions.find((d) => d.language === parsed.data.language) ?? versions[0];
    const ids = new Set(doc.blocks.map((b) => b.id));
    const missing = parsed.data.targets.filter((t) => !ids.has(t));
    for (const t of missing)
      errors.push(
        `${file}: targets "${t}", but ${doc.metadata.symbol ?? slug} has no paragraph with that id; use an id shown on its page (p12, pp3, p9-e)`,
      );
    if (missing.length > 0) continue;
    const annotation: Annotation = {
      id: `annotation-${slugify(name)}`,
      file,
      slug,
      data: parsed.data,
      Content: mod.Content,
    };
    const quote = parsed.data.quote;
    if (quote) {
      const target = parsed.data.targets[0];
      const range = locateQuote(plainText(doc.blocks.find((b) => b.id === target)!.inlines), quote);
      if (!range) {
        errors.push(
          `${file}: the quoted words "${quote.exact}" are not in paragraph ${target} of ${doc.metadata.symbol ?? slug}; quote them as the page shows them`,
        );
        continue;
      }
      annotation.mark = { start: range[0], end: range[1], details: annotation.id, target, language: doc.language };
    }
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), annotation]);
  }
  return { bySlug, errors };
}

/** The annotations of a document, each placed after the last of its targets. */
export async function annotationsOf(
  doc: Document,
): Promise<{ all: Annotation[]; after: Map<string, Annotation[]>; marks: Map<string, Mark> }> {
  const order = new Map(doc.blocks.map((b, k) => [b.id, k]));
  // In reading order: by the first paragraph each annotates.
  const first = (a: Annotation) => Math.min(...a.data.targets.map((t) => order.get(t)!));
  const all = [...((await annotations()).get(doc.slug) ?? [])].sort((a, b) => first(a) - first(b));
  const after = new Map<string, Annotation[]>();
  const marks = new Map<string, Mark>();
  for (const a of all) {
    const last = a.data.targets.reduce((x, y) => (order.get(y)! > order.get(x)! ? y : x));
    after.set(last, [...(after.get(last) ?? []), a]);
    if (a.mark && a.mark.language === doc.language && !marks.has(a.mark.target)) marks.set(a.mark.target, a.mark);
  }
  return { all, after, marks };
}

/** What an annotation annotates, in the page's language: "Annotation du paragraphe 12". */
export function annotationName(a: Annotation, doc: Document, tr: TFunction): string {
  const blocks = a.data.targets.map((id) => doc.blocks.find((b) => b.id === id)!);
  if (blocks.length > 1) return tr('annotation.ofMany', { list: blocks.map(paragraphLabel).join(', ') });
  return blocks[0].kind === 'preambular'
    ? tr('annotation.ofPreambular', { n: blocks[0].label })
    : tr('annotation.of', { n: paragraphLabel(blocks[0]) });
}
