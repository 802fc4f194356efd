import type { DocumentType, Language, Metadata } from '../model/document.ts';
import { type Body, BODIES, resolutionSymbol } from './data/bodies.ts';
import type { LanguageTable } from './languages/index.ts';
import { isSymbol, normalizeSymbol } from './symbols.ts';

/** "17 décembre 2025" → "2025-12-17" using the language's month names. */
export function parseDate(text: string, table: LanguageTable): string | null {
  const m = table.date.exec(text);
  if (!m?.groups) return null;
  const monthText = m.groups.m.toLowerCase();
  const month = /^\d+$/.test(monthText)
    ? Number(monthText)
    : table.months.findIndex((names) => names.split('|').includes(monthText)) + 1;
  if (month < 1) return null;
  return `${m.groups.y}-${String(month).padStart(2, '0')}-${m.groups.d.padStart(2, '0')}`;
}

export function bodyOf(text: string, language: Language): Body | undefined {
  const t = text
    .replace(/^(?:L[’']|La |Le |The |La |El |إن )/u, '')
    .replace(/[,،，]$/u, '')
    .trim();
  return BODIES.find((b) =>
    b.names[language].some((name) => t === name || t.startsWith(`${name} `) || t.startsWith(name)),
  );
}

/**
 * A resolution's number and title on one line: "80/173. Document final …", or with an early
 * sessional number, "2751 (XXVI). Admission du Bhoutan …".
 */
export const NUMBER_AND_TITLE = /^(?<n>\d{1,4}\/\d{1,4}|\d{1,4}\s?(?:[A-Z]\s?)?\([IVXLC]+\))\.\s+(?<title>.+)$/u;

/** The resolution number a header prints before its title, if any. */
export const resolutionNumberIn = (lines: string[]): string | null =>
  lines.map((l) => NUMBER_AND_TITLE.exec(l)?.groups?.n).find((n) => n !== undefined) ?? null;

/**
 * Reads the metadata printed above the enacting formula (body, session, agenda item,
 * date, type, number and title). What the text does not say stays null: it is never
 * guessed, and editor metadata in content/ can supply it.
 */
export function readHeader(lines: string[], table: LanguageTable, headerSymbol: string | null): Metadata {
  const meta: Metadata = {
    symbol: null,
    body: null,
    session: null,
    agendaItem: null,
    date: null,
    type: 'document',
    title: null,
    draft: null,
    series: null,
    notes: null,
    sources: {},
  };
  let body: Body | undefined;
  let resolutionNumber: string | null = null;
  let issued: string | null = null;
  for (const line of lines) {
    const b = bodyOf(line, table.code);
    if (b && !body && line.length < 90) body = b;
    const session = table.session.exec(line);
    if (session?.groups && !meta.session) meta.session = session.groups.s;
    const agenda = table.agendaItem.exec(line);
    if (agenda?.groups && !meta.agendaItem) meta.agendaItem = agenda.groups.n;
    const type = table.documentTypes.find((d) => d.pattern.test(line));
    if (type && meta.type === 'document') {
      meta.type = type.type;
      const adopted = parseDate(line, table);
      if (adopted) meta.date = adopted;
      const by = bodyOf(line.replace(/^.*?(?:par|by|por|принятая|اتخذته)\s+/u, ''), table.code);
      if (by) body = by;
    }
    const numbered = NUMBER_AND_TITLE.exec(line);
    if (numbered?.groups && !resolutionNumber) {
      resolutionNumber = numbered.groups.n;
      meta.title = numbered.groups.title.trim();
    }
    const date = parseDate(line, table);
    if (date && line.length < 40 && !issued) issued = date;
    if (isSymbol(line.trim()) && !meta.symbol) meta.symbol = normalizeSymbol(line.trim());
  }
  meta.date ??= issued;
  if (body) meta.body = body.id;
  if (!meta.symbol && resolutionNumber && body) {
    meta.symbol = resolutionSymbol(body, resolutionNumber);
    meta.sources.symbol = 'derived from the body and the resolution number';
  } else if (meta.symbol) meta.sources.symbol = 'header';
  if (!meta.symbol && headerSymbol) {
    meta.symbol = normalizeSymbol(headerSymbol);
    meta.sources.symbol = 'running header';
  }
  if (meta.type === 'document' && meta.symbol) meta.type = typeFromSymbol(meta.symbol);
  return meta;
}

/** A symbol tells the kind of document: `…/L.n` drafts, `…/RES/…` resolutions. */
export function typeFromSymbol(symbol: string): DocumentType {
  if (/\/L\.\d+/.test(symbol)) return 'draft-resolution';
  if (/\/RES\//.test(symbol)) return 'resolution';
  if (/\/DEC\//.test(symbol)) return 'decision';
  return 'document';
}
