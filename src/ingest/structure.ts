import type { BlockKind, Diagnostic } from '../model/document.ts';
import { splitGluedParagraph } from './glued-paragraphs.ts';
import { IdRegistry } from './ids.ts';
import type { LanguageTable } from './languages/index.ts';
import { type ClassifyState, RULES, candidate, keptAsWebFurniture } from './rules.ts';

export { isHeadingLike } from './structure-text.ts';

/** A block of joined text (with call markers) and its first source line. */
export interface TextBlock {
  text: string;
  line: number;
}

/** A block classified, before its text becomes inlines. */
export interface Classified {
  kind: BlockKind;
  id: string;
  label?: string;
  level?: number;
  part: number;
  text: string;
  line: number;
  /** The rule that claimed the block (src/ingest/rules.ts), for the ingest report. */
  rule: string;
}

export interface Structure {
  header: TextBlock[];
  blocks: Classified[];
  diagnostics: Omit<Diagnostic, 'file'>[];
}

const HEADER_LIMIT = 16;

/**
 * Classifies blocks into the parts of a UN text (DESIGN.md ids): header, enacting
 * formula, preambular and operative paragraphs, sub-paragraphs, headings, annexes,
 * figures and the closing formula. Each block goes to the first of the ordered rules
 * (src/ingest/rules.ts) that claims it; vocabulary comes from the language table, and the
 * numbering sequence decides between a paragraph and a numbered sub-section title.
 */
export function classify(blocks: TextBlock[], lang: LanguageTable): Structure {
  const formulaAt = blocks.findIndex((b) => lang.formulas.some((f) => f.test(b.text.trim())));
  const headerEnd = formulaAt >= 0 && formulaAt <= HEADER_LIMIT ? formulaAt : 0;
  const state: ClassifyState = {
    lang,
    blocks,
    i: headerEnd,
    out: [],
    diagnostics: [],
    part: 0,
    formulas: 0,
    zone: 'free',
    lastNumber: 0,
    pp: 0,
    para: 0,
    parent: null,
    letter: null,
    headings: 0,
    closed: false,
    hasFormula: formulaAt >= 0,
  };
  const header = blocks.slice(0, headerEnd).filter((b) => !keptAsWebFurniture(state, b));
  for (; state.i < blocks.length; state.i++) {
    splitGluedParagraph(state);
    const c = candidate(state);
    RULES.some((rule) => rule.claims(state, c));
  }
  assignIds(state.out, state.diagnostics);
  return { header, blocks: state.out, diagnostics: state.diagnostics };
}

/** Ids unique on the page; an annex that reuses the body's numbers takes "annex{N}-". */
function assignIds(blocks: Classified[], diagnostics: Structure['diagnostics']): void {
  const bodyIds = new Set(blocks.filter((b) => b.part === 0).map((b) => b.id));
  const clashes = new Set(
    blocks.filter((b) => b.part > 0 && /^(?:pp|p|para-)\d/.test(b.id) && bodyIds.has(b.id)).map((b) => b.part),
  );
  const registry = new IdRegistry();
  for (const b of blocks) {
    if (clashes.has(b.part) && !b.id.startsWith('annex')) b.id = `annex${b.part}-${b.id}`;
    const id = registry.claim(b.id);
    if (id !== b.id && /^(?:pp|p|para-|annex)/.test(b.id)) {
      diagnostics.push({
        line: b.line,
        severity: 'warning',
        code: 'duplicate-id',
        message: `${b.id} is used twice; the second is ${id}`,
      });
    }
    b.id = id;
  }
}
