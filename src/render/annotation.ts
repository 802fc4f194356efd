import { dir, t } from '../i18n/index.ts';
import type { Document } from '../model/document.ts';
import { type Annotation, annotationName } from '../site/annotations.ts';
import { symbolHref } from '../site/paths.ts';
import { authorNameHtml } from './author-name.ts';
import { attributes, escapeHtml } from './html.ts';

/**
 * An editor's annotation, where it stands in the text. `body` is its MDX rendered to HTML
 * (site/annotation-bodies.ts): the same on every page that shows it, so rendered once.
 */
export function annotationHtml(
  a: Annotation,
  body: string,
  { doc, root, symbols }: { doc: Document; root: string; symbols: Map<string, Document> },
): string {
  const tr = t(doc.language);
  // Its name says what it annotates, in the page's language.
  const name = annotationName(a, doc, tr);
  const date = new Intl.DateTimeFormat(doc.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(a.data.date),
  );
  const foreign = a.data.language !== doc.language;
  // The byline's words around the author's name, who may be named in another language.
  const [byBefore, byAfter] = tr('annotation.by', { author: '\u0000', date }).split('\u0000');
  // A source named by symbol links like a citation: here when the corpus has it, else undocs.
  const sources = a.data.sources.map((s, k) => {
    const { href, external } = /^https?:/.test(s)
      ? { href: s, external: true }
      : symbolHref(s, symbols, root, doc.language);
    // A link that leaves the site is described once, on every page (the layout's #external-link).
    const described = external ? { 'aria-describedby': 'external-link' } : {};
    return `${k > 0 ? ', ' : ''}<a${attributes({ href, ...described })}><bdi>${escapeHtml(s)}</bdi></a>`;
  });
  const opening = attributes({
    class: 'annotation',
    id: a.id,
    'data-annotates': a.data.targets.join(' '),
    'aria-labelledby': `${a.id}-name`,
  });
  const language = foreign ? attributes({ lang: a.data.language, dir: dir(a.data.language) }) : '';
  return (
    `<details${opening}> <summary><span${attributes({ id: `${a.id}-name` })}>${escapeHtml(name)}</span> · ` +
    `${escapeHtml(tr(`annotation.kind.${a.data.kind}`))}</summary> <div${language}>${body}</div>` +
    ` <p class="byline">${escapeHtml(byBefore)}${authorNameHtml(a.data.author, a.data.language, doc.language)}${escapeHtml(byAfter)}</p>` +
    ` ${sources.length > 0 ? `<p>${escapeHtml(tr('annotation.sources'))} ${sources.join('')}</p>` : ''} </details>`
  );
}
