/**
 * Each paragraph's own page (/{lang}/{slug}/{para}/), for slow connections: a few KB
 * instead of the whole document. Written after the Astro build from the model, tens of
 * thousands a second (Astro's per-page machinery took most of a large build for them). The
 * paragraphs are printed by the very function the document page uses (render/paragraph.ts),
 * only their number leading back to the full text, so a page and its paragraph pages cannot
 * drift apart. Not indexed by search: no `data-pagefind-body`, which only the pages search
 * should find carry.
 */
import { LOCALES, dir, t } from '../i18n/index.ts';
import type { Block, Document } from '../model/document.ts';
import { annotationHtml } from '../render/annotation.ts';
import { breadcrumbsHtml } from '../render/breadcrumbs.ts';
import { correctionHtml } from '../render/correction.ts';
import { paragraphNotesHtml } from '../render/footnotes.ts';
import { attributes, escapeHtml } from '../render/html.ts';
import { paragraphHtml } from '../render/paragraph.ts';
import { isParagraph, paragraphName } from '../site/citations.ts';
import { escapeText } from '../exports/xml.ts';
import type { DocumentContext, WriterContext } from './context.ts';
import { fillShell } from './shell.ts';

/** One file to write: its path under the output folder, and its text. */
export interface OutputFile {
  path: string;
  text: string;
}

/** Every paragraph page of `doc`, in reading order. */
export function paragraphPages(doc: Document, context: DocumentContext, shared: WriterContext): OutputFile[] {
  const paragraphs = doc.blocks.filter(isParagraph);
  const shell = shared.shells.get(doc.language)!;
  return paragraphs.map((block, k) => {
    const { title, main } = paragraphPage(block, paragraphs[k - 1], paragraphs[k + 1], context);
    const head = `<link rel="canonical"${attributes({ href: `../#${block.id}` })}>`;
    return {
      path: `${doc.language}/${doc.slug}/${block.id}/index.html`,
      text: fillShell(shell, { title: escapeText(title), head, main }),
    };
  });
}

/** The page of one paragraph: its title, and what the layout's `<main>` holds. */
export function paragraphPage(
  block: Block,
  previous: Block | undefined,
  next: Block | undefined,
  { text: ctx, versions: allVersions, annotations }: DocumentContext,
): { title: string; main: string } {
  const { doc } = ctx;
  const tr = t(doc.language);
  // The paragraph with its own sub-paragraphs (p9 carries p9-a … p9-e).
  const shown = doc.blocks.filter(
    (b) => b.id === block.id || (b.kind === 'subparagraph' && b.id.startsWith(`${block.id}-`)),
  );
  const calls = (b: Block, id: string) => b.inlines.some((i) => i.t === 'noteref' && i.id === id);
  const notes = doc.footnotes.filter((n) => shown.some((b) => calls(b, n.id)));
  const name = doc.metadata.symbol ?? doc.metadata.title ?? doc.slug;
  const title = tr('para.title', { symbol: name, name: paragraphName(block, tr) });
  // Its annotations are part of it.
  const annotated = annotations.all.filter((a) => a.data.targets.some((id) => shown.some((b) => b.id === id)));
  const text = shown
    .map(
      (b) =>
        paragraphHtml(b, ctx, { href: `../#${b.id}`, describedBy: 'full-text' }, annotations.marks.get(b.id)) +
        (b.correction ? correctionHtml(b, doc.language) : ''),
    )
    .join('');
  const notesAndAnnotations =
    annotated.map((a) => annotationHtml(a, annotations.bodies.get(a.file)!, ctx)).join('') +
    paragraphNotesHtml(notes, ctx);
  const crumbs = breadcrumbsHtml(doc.language, ctx.root, [{ href: '../', name }], escapeHtml(paragraphName(block, tr)));
  // Also what each number here does: it leads back to its paragraph in the full text.
  const around = [
    `<li><a id="full-text"${attributes({ href: `../#${block.id}` })}>${escapeHtml(tr('para.full'))}</a></li>`,
    previous && neighbour(previous, 'prev', tr('para.previous'), tr),
    next && neighbour(next, 'next', tr('para.next'), tr),
  ].filter(Boolean);
  const main =
    `${crumbs} <h1>${escapeHtml(title)}</h1> <article>${text}${notesAndAnnotations}</article>` +
    ` <nav${attributes({ 'aria-label': tr('nav.main') })}> <ul> ${around.join(' ')} </ul> </nav>` +
    versionsNav(block, allVersions, doc);
  return { title, main };
}

const neighbour = (b: Block, rel: 'prev' | 'next', words: string, tr: ReturnType<typeof t>) =>
  `<li><a${attributes({ href: `../${b.id}/`, rel })}>${escapeHtml(words)} (${escapeHtml(paragraphName(b, tr))})</a></li>`;

/**
 * Without script, each paragraph's own page offers that same paragraph in the other
 * versions, and its row on the side-by-side page (which exists whenever the document has
 * other versions).
 */
function versionsNav(block: Block, allVersions: Document[], doc: Document): string {
  if (allVersions.length === 0) return '';
  const tr = t(doc.language);
  const links = allVersions
    .filter((v) => v.blocks.some((b) => b.id === block.id))
    .map((v) => {
      const link = attributes({
        href: `../../../${v.language}/${v.slug}/${block.id}/`,
        hreflang: v.language,
        lang: v.language,
        dir: dir(v.language),
      });
      return `<li><a${link}>${escapeHtml(LOCALES[v.language]['language.name'])}</a></li>`;
    });
  return (
    ` <nav aria-labelledby="versions-title"> <h2 id="versions-title">${escapeHtml(tr('doc.versions'))}</h2>` +
    `${links.length > 0 ? ` <ul>${links.join('')}</ul>` : ''}` +
    ` <p><a${attributes({ href: `../versions/#${block.id}` })}>${escapeHtml(tr('versions.paragraph'))}</a></p> </nav>`
  );
}
