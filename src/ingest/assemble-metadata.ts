import type { Diagnostic, Document, Inline } from '../model/document.ts';
import type { FrontMatter } from './front-matter.ts';
import { applyCouncilHeading, type namedResolution } from './council-yearbook.ts';
import { bodyById, bodyNamedIn, resolutionSymbol } from './data/bodies.ts';
import type { EditorialMetadata } from './editorial.ts';
import type { LanguageTable } from './languages/index.ts';
import { readHeader, resolutionNumberIn } from './metadata.ts';
import { isHeadingLike, type Structure } from './structure.ts';
import { symbolFromPdfName } from './symbols.ts';

type Metadata = Document['metadata'];

/**
 * A document's metadata, from what the text says (its masthead, title, enacting formula,
 * a Council yearbook heading) and then what the editors say (content/documents), which wins.
 */
export function assembleMetadata({
  front,
  report,
  structure,
  lines,
  lang,
  headerSymbol,
  councilHeading,
  editorial,
}: {
  front: FrontMatter | null;
  report: (d: Omit<Diagnostic, 'file'>) => void;
  structure: Pick<Structure, 'header' | 'blocks'>;
  lines: string[];
  lang: LanguageTable;
  headerSymbol: string | null;
  councilHeading: ReturnType<typeof namedResolution>['heading'];
  editorial?: EditorialMetadata;
}): Metadata {
  const headerLines = structure.header.flatMap((b) => b.text.split('\n'));
  // Each line as printed, then split into the masthead's fields where a converter joined them.
  const fields = headerLines.flatMap((l) => [
    ...(lang.mastheadFields ? l.split(lang.mastheadFields) : []),
    // "United Nations A/RES/80/7": the symbol set beside the Organization's name.
    ...(ORGANIZATION.test(l) ? [l.replace(ORGANIZATION, '')] : []),
  ]);
  const metadata = readHeader(
    [...headerLines, ...mastheadColumns(lines, structure), ...fields.filter((f) => !headerLines.includes(f))],
    lang,
    headerSymbol,
  );
  if (!metadata.title) {
    const titled = structure.header.find((b) => isHeadingLike(b.text));
    if (titled) {
      metadata.title = titled.text;
      metadata.sources.title = 'text';
    }
  }
  // The body that speaks in the enacting formula issues the text.
  const formula = structure.blocks.find((b) => b.kind === 'formula')?.text;
  const ownBody = bodyById(metadata.body ?? '') ?? (formula ? bodyNamedIn(formula, lang.code) : undefined);
  if (!metadata.body && ownBody) metadata.body = ownBody.id;
  // The number printed before the title names the document once its body is known, here
  // from the formula when the masthead did not name it.
  const number = resolutionNumberIn(headerLines);
  if (!metadata.symbol && number && ownBody) {
    metadata.symbol = resolutionSymbol(ownBody, number);
    metadata.sources.symbol = 'derived from the body and the resolution number';
  }
  applyCouncilHeading(metadata, councilHeading);
  if (!metadata.symbol) {
    // A page copied from a transcription or library names the PDF it shows.
    const named = lines
      .slice(0, 12)
      .map(symbolFromPdfName)
      .find((x) => x !== null);
    if (named) {
      metadata.symbol = named;
      metadata.sources.symbol = 'the PDF file name the page names';
      report({
        line: 1,
        severity: 'info',
        code: 'symbol-from-file-name',
        message: `symbol ${named} read from the name of the PDF the page shows`,
      });
    }
  }
  completeTitle(metadata, structure.blocks, front, report);
  applyFrontMatter(metadata, front, report);
  applyEditorial(metadata, editorial);
  return metadata;
}

/**
 * A resolution names the draft it was adopted from in its header ("(A/80/L.41)"); a
 * draft's own header names itself, so only another document's L. symbol counts.
 */
export function draftFromHeader(metadata: Metadata, header: { inlines: Inline[] }[]): void {
  if (!metadata.draft && metadata.type !== 'draft-resolution') {
    const draft = header
      .flatMap((h) => h.inlines)
      .find((i) => i.t === 'ref' && /\/L\.\d/.test(i.symbol) && i.symbol !== metadata.symbol);
    if (draft?.t === 'ref') {
      metadata.draft = draft.symbol;
      metadata.sources.draft = 'header';
    }
  }
}

/** The Organization's name heading a masthead, in the six languages. */
const ORGANIZATION =
  /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة|联合国)\s+(?=\S)/u;

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * A pipeline's front matter fills what the text does not say; where both say something and
 * differ, the text is kept and the disagreement reported (a catalogue's title is often a
 * shortened form: that is said, but only as information).
 */
function applyFrontMatter(
  metadata: Metadata,
  front: FrontMatter | null,
  report: (d: Omit<Diagnostic, 'file'>) => void,
): void {
  for (const key of ['symbol', 'date', 'title'] as const) {
    const value = front?.[key];
    if (!value) continue;
    const fromText = metadata[key];
    if (!fromText) {
      metadata[key] = value;
      metadata.sources[key] = 'front matter';
    } else if (squash(fromText) !== squash(value))
      report({
        line: 1,
        severity: key === 'title' ? 'info' : 'warning',
        code: 'front-matter-disagrees',
        message: `the front matter gives ${key} "${value}", the text "${fromText}": the text's is kept`,
      });
  }
}

/**
 * A title line cut short by the extraction ("Possible risks of the integration of
 * artificial intelligence into") is completed from where the text cites the title whole
 * (the paragraph that puts the item on the agenda: "entitled “Possible risks … nuclear
 * weapons”"), or else from the pipeline's front matter when it starts with the same words.
 * Both are reported; a title the text gives whole is never changed.
 */
function completeTitle(
  metadata: Metadata,
  blocks: Pick<Structure, 'blocks'>['blocks'],
  front: FrontMatter | null,
  report: (d: Omit<Diagnostic, 'file'>) => void,
): void {
  const title = metadata.title;
  if (!title || (metadata.sources.title ?? 'text') !== 'text' || /[.:;!?)”»"]$/u.test(title)) return;
  // It goes on with words, not a catalogue's stray " :".
  const continuesTitle = (whole: string) =>
    squash(whole).startsWith(squash(title)) && /\p{L}{2}/u.test(squash(whole).slice(squash(title).length));
  const cited = blocks
    .flatMap((b) => [...b.text.matchAll(/[“"«]\s*([^”"»]{8,400}?)\s*[”"»]/gu)].map((m) => m[1]))
    .find(continuesTitle);
  const whole = cited ?? (front?.title && continuesTitle(front.title) ? front.title : undefined);
  if (!whole) return;
  metadata.title = whole;
  metadata.sources.title = cited
    ? 'text (completed from where it is cited whole)'
    : 'text, completed by the front matter';
  report({
    line: 1,
    severity: 'info',
    code: 'title-completed',
    message: `the title line "${title}" was cut short: completed as "${whole}" from ${cited ? 'the text that cites it' : 'the front matter'}`,
  });
}

function applyEditorial(metadata: Metadata, editorial: EditorialMetadata | undefined): void {
  if (!editorial) return;
  for (const key of [
    'symbol',
    'type',
    'title',
    'body',
    'session',
    'agendaItem',
    'date',
    'draft',
    'series',
    'notes',
  ] as const) {
    const value = editorial[key];
    if (value !== undefined) {
      (metadata as Record<string, unknown>)[key] = value;
      metadata.sources[key] = 'content/documents';
    }
  }
}

/**
 * The masthead as printed, line by line and column by column: a layout-preserving
 * extraction sets "United Nations" and the symbol, or the body and "Distr.: General", side
 * by side on one line, and joins lines the metadata reads one at a time ("… session",
 * "Agenda item 16"). Read after the joined blocks, so a title that wraps is read whole.
 */
function mastheadColumns(lines: string[], structure: Pick<Structure, 'header' | 'blocks'>): string[] {
  if (!structure.header.length) return [];
  const end = structure.blocks[0]?.line ?? lines.length + 1;
  return lines
    .slice(structure.header[0].line - 1, end - 1)
    .flatMap((l) => l.split(/\s{3,}/))
    .map((c) => c.trim())
    .filter(Boolean);
}
