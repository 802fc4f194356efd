import type { Block, Document, Inline } from '../model/document.ts';
import { xmlEscape as esc } from './xml.ts';

/**
 * Akoma Ntoso 3.0 following the UN naming convention (AKN4UN): FRBR URIs from the symbol
 * and language; preface (the printed header), preamble (formula and preambular
 * paragraphs), mainBody, conclusions (closing formula); notes as authorialNote where
 * they are called; references as ref. Every eId maps one-to-one to a paragraph id:
 *   pp3 ↔ preamble__para_3 · p12 ↔ para_12 · p9-e ↔ para_9__list_1__point_e
 *   p2-a-ii ↔ para_2__list_1__point_a__list_1__point_ii · para-4 ↔ para_u4 · annex1-X ↔ annex_1__X
 */
export function eIdOf(id: string): string {
  const annex = /^annex(\d+)-(.+)$/.exec(id);
  if (annex) return `annex_${annex[1]}__${eIdOf(annex[2])}`;
  const pp = /^pp(\d+)$/.exec(id);
  if (pp) return `preamble__para_${pp[1]}`;
  const para = /^para-(\d+)$/.exec(id);
  if (para) return `para_u${para[1]}`;
  const p = /^p(\d+)((?:-[a-z]+)*)$/.exec(id);
  if (p)
    return `para_${p[1]}${p[2]
      .split('-')
      .filter(Boolean)
      .map((x) => `__list_1__point_${x}`)
      .join('')}`;
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

const LANG3: Record<string, string> = { ar: 'ara', en: 'eng', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' };

/**
 * Text content. A form feed is where the source's page broke (PDF text, OCR): XML cannot
 * carry it, and Akoma Ntoso marks that place with `<eop/>` (end of page).
 */
const text = (s: string): string => s.split('\f').map(esc).join('<eop/>');

/**
 * The schema requires an FRBRdate, with a `date` (xsd:date, dateTime or, in the lenient
 * variant, a year), in the Work, the Expression and the Manifestation; `name` says which
 * date it is. When neither the text nor the editors give a date, there is none to write, so
 * the element says so: `name="unknown"`, over 0001-01-01, a value the schema accepts that
 * no reader can take for the date of a United Nations text (the Organization dates from
 * 1945) and that strict Akoma Ntoso readers (no year-only dates) accept too. It is never
 * derived from the text, so it cannot pass for a fact, as a year guessed from a session or
 * a generation date read from the clock (builds are reproducible) would.
 */
const UNKNOWN_DATE = '0001-01-01';
const frbrDate = (date: string | null, name: string): string =>
  date ? `<FRBRdate date="${esc(date)}" name="${name}"/>` : `<FRBRdate date="${UNKNOWN_DATE}" name="unknown"/>`;

/**
 * A run of inlines of the block or note `where`. A cited document's `<ref>` carries, as its
 * class, what the citing paragraph does with it (the reference's relation: "recalls",
 * "takes-note"…); the masthead's refs, which no paragraph cites, carry none.
 */
function inlines(doc: Document, list: Inline[], where?: string): string {
  const relation = where ? doc.references.find((r) => r.in === where)?.relation : undefined;
  return list
    .map((i) => {
      if (i.t === 'text') return text(i.v);
      if (i.t === 'ref') return `<ref${relation ? ` class="${relation}"` : ''} href="${esc(i.url)}">${text(i.v)}</ref>`;
      if (i.t === 'url') return `<ref href="${esc(i.href)}">${text(i.v)}</ref>`;
      const note = doc.footnotes.find((n) => n.id === i.id);
      const body = note && !note.missing ? inlines(doc, note.inlines, note.id) : '';
      return `<authorialNote marker="${esc(i.marker)}" placement="bottom" eId="${esc(i.id)}__"><p>${body}</p></authorialNote>`;
    })
    .join('');
}

/**
 * The schema requires a mainBody holding at least one element. When ingest placed every
 * paragraph in the preamble (a resolution whose only sentence runs from "Having examined"
 * to "Recommends", a copy that stops before its operative part), the body is said to be
 * empty rather than filled with text moved from where ingest read it: one hcontainer
 * named "empty", holding an empty paragraph.
 */
const EMPTY_MAIN_BODY = '      <hcontainer name="empty" eId="hcontainer_empty"><content><p/></content></hcontainer>';

/** FRBR work URI: /akn/un/{doc}/{subtype}/{date}/{number}. */
function workUri(doc: Document): string {
  const m = doc.metadata;
  const number = (m.symbol ?? doc.slug).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `/akn/un/doc/${m.type}/${(m.body ?? 'un').toLowerCase()}/${m.date ?? '0000-00-00'}/${number}`;
}

export function toAkomaNtoso(doc: Document): string {
  const m = doc.metadata;
  const lang = LANG3[doc.language];
  const work = workUri(doc);
  const expr = `${work}/${lang}@${m.date ?? ''}`;
  const noteSeen = new Map<string, number>();
  // Each call of a note becomes its own authorialNote, numbered when a note is called twice.
  const body = (b: Block) =>
    inlines(doc, b.inlines, b.id).replace(/eId="(fn[^"]*)__"/g, (_, id: string) => {
      const n = (noteSeen.get(id) ?? 0) + 1;
      noteSeen.set(id, n);
      return `eId="${id.replace(/^fn/, 'authorialNote_')}${n > 1 ? `_${n}` : ''}"`;
    });
  const preamble = doc.blocks.filter((b) => b.kind === 'formula' || b.kind === 'preambular');
  const closing = doc.blocks.filter((b) => b.kind === 'closing');
  const main = doc.blocks.filter((b) => !preamble.includes(b) && !closing.includes(b));

  const out: string[] = [];
  const subsOf = (p: Block) => main.filter((b) => b.kind === 'subparagraph' && b.id.startsWith(`${p.id}-`));
  for (const b of main) {
    if (b.kind === 'subparagraph') continue; // inside its paragraph
    const e = eIdOf(b.id);
    if (b.kind === 'heading')
      out.push(
        `      <hcontainer name="heading" eId="hcontainer_${esc(b.id.replace(/[^A-Za-z0-9]/g, '_'))}"><heading>${body(b)}</heading></hcontainer>`,
      );
    else if (b.kind === 'operative') {
      const subs = subsOf(b);
      const points = subs.filter((s) => s.id.split('-').length === 2);
      const list = points.length
        ? `<list eId="${e}__list_1">${points
            .map((s) => {
              const romans = subs.filter((r) => r.id.startsWith(`${s.id}-`));
              const inner = romans.length
                ? `<list eId="${eIdOf(s.id)}__list_1">${romans.map((r) => `<point eId="${eIdOf(r.id)}"><num>${esc(r.label ?? '')})</num><content><p>${body(r)}</p></content></point>`).join('')}</list>`
                : '';
              return `<point eId="${eIdOf(s.id)}"><num>${esc(s.label ?? '')})</num>${inner ? `<intro><p>${body(s)}</p></intro>${inner}` : `<content><p>${body(s)}</p></content>`}</point>`;
            })
            .join('')}</list>`
        : '';
      out.push(
        `      <paragraph eId="${e}"><num>${esc(b.label ?? '')}.</num>${list ? `<intro><p>${body(b)}</p></intro>${list}` : `<content><p>${body(b)}</p></content>`}</paragraph>`,
      );
    } else if (b.kind === 'paragraph')
      out.push(`      <paragraph eId="${e}"><content><p>${body(b)}</p></content></paragraph>`);
    else
      out.push(
        `      <hcontainer name="${b.kind}" eId="${esc(b.id.replace(/[^A-Za-z0-9]/g, '_'))}"><content><p>${body(b)}</p></content></hcontainer>`,
      );
  }

  // A note that no paragraph, masthead line or other note calls has no place inline: it is
  // written after the body, so the export loses none of its words.
  const called = new Set(
    [...doc.blocks, ...doc.header, ...doc.footnotes].flatMap((x) =>
      x.inlines.flatMap((i) => (i.t === 'noteref' ? [i.id] : [])),
    ),
  );
  for (const n of doc.footnotes.filter((f) => !called.has(f.id) && !f.missing))
    out.push(
      `      <hcontainer name="uncalledNote" eId="hcontainer_${esc(n.id)}"><content><p><inline name="marker">${esc(n.marker)}</inline> ${inlines(doc, n.inlines, n.id)}</p></content></hcontainer>`,
    );

  // The schema makes preamble and conclusions optional and forbids them empty: a text
  // without an enacting formula, preambular paragraphs or a closing formula has none.
  const preambleXml = preamble.length
    ? `    <preamble>\n${preamble
        .map((b) =>
          b.kind === 'formula'
            ? `      <formula name="enactingFormula"><p>${body(b)}</p></formula>`
            : `      <container name="preambularParagraph" eId="${eIdOf(b.id)}"><p>${body(b)}</p></container>`,
        )
        .join('\n')}\n    </preamble>\n`
    : '';
  const conclusionsXml = closing.length
    ? `    <conclusions>\n${closing.map((b) => `      <p>${body(b)}</p>`).join('\n')}\n    </conclusions>\n`
    : '';

  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="${esc(m.type)}">
    <meta>
      <identification source="#resolu">
        <FRBRWork><FRBRthis value="${esc(work)}/!main"/><FRBRuri value="${esc(work)}"/>${frbrDate(m.date, 'adoption')}<FRBRauthor href="#${esc((m.body ?? 'un').toLowerCase())}"/><FRBRcountry value="un"/>${m.symbol ? `<FRBRnumber value="${esc(m.symbol)}"/>` : ''}</FRBRWork>
        <FRBRExpression><FRBRthis value="${esc(expr)}/!main"/><FRBRuri value="${esc(expr)}"/>${frbrDate(m.date, 'adoption')}<FRBRauthor href="#${esc((m.body ?? 'un').toLowerCase())}"/><FRBRlanguage language="${lang}"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="${esc(expr)}/!main.xml"/><FRBRuri value="${esc(expr)}.akn"/>${frbrDate(m.date, 'generation')}<FRBRauthor href="#resolu"/></FRBRManifestation>
      </identification>
      <references source="#resolu">
        <TLCOrganization eId="resolu" href="/ontology/organization/resolu" showAs="Résolu"/>
        <TLCOrganization eId="${esc((m.body ?? 'un').toLowerCase())}" href="/ontology/organization/un/${esc((m.body ?? 'un').toLowerCase())}" showAs="${esc(m.body ?? 'United Nations')}"/>
      </references>
    </meta>
    <preface>
${doc.header.map((h) => `      <p>${inlines(doc, h.inlines)}</p>`).join('\n')}
      <p>${m.symbol ? `<docNumber>${esc(m.symbol)}</docNumber> ` : ''}<docTitle>${text(m.title ?? '')}</docTitle></p>
    </preface>
${preambleXml}    <mainBody>
${out.length ? out.join('\n') : EMPTY_MAIN_BODY}
    </mainBody>
${conclusionsXml}  </doc>
</akomaNtoso>
`;
}
