import type { LanguageTable } from './types.ts';
import { loadWordList } from '../wordlists.ts';

const months = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre|setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export const es: LanguageTable = {
  code: 'es',
  functionWords: ['los', 'las', 'del', 'el', 'y', 'por', 'una', 'con', 'al'],
  franc: 'spa',
  months,
  date: new RegExp(`(?<d>\\d{1,2})\\s+de\\s+(?<m>${months.join('|')})\\s+de\\s+(?<y>\\d{4})`, 'iu'),
  formulas: [
    /^(?:La |El )(?:Asamblea General|Consejo [\p{L}\s-]+|Comisión [\p{L}\s-]+),?$/u,
    /^Nosotros, [^.]{5,300},$/u,
  ],
  preambularOpenings:
    /^(?:Recordando|Reafirmando|Consciente|Considerando|Observando|Tomando|Destacando|Subrayando|Reconociendo|Acogiendo|Afirmando|Habiendo|Convencida|Decidida|Preocupada|Profundamente|Teniendo|Guiada|Reiterando|Expresando|Alarmada)/u,
  // "Exhorta" (calls upon) asks as "Solicita" and "Pide" do; "Aprueba" adopts. "Decidida" (determined) is not "Decide".
  relationOpenings: {
    recalls: /^(?:Recordando|Recuerda|Recordamos)(?!\p{L})/iu,
    reaffirms: /^(?:Reafirmando|Reafirma|Reafirmamos)(?!\p{L})/iu,
    welcomes:
      /^(?:Acogiendo con (?:beneplácito|satisfacción|agrado)|Acoge con (?:beneplácito|satisfacción|agrado)|Acogemos con beneplácito|Celebrando|Celebra|Celebramos)(?!\p{L})/iu,
    'takes-note': /^(?:Tomando nota|Toma nota|Tomamos nota)(?!\p{L})/iu,
    endorses: /^(?:Haciendo suy[oa]s?|Hace suy[oa]s?|Hacemos nuestr[oa]s?)(?!\p{L})/iu,
    decides: /^(?:Decidiendo|Decide|Aprueba|Decidimos|Aprobamos)(?!\p{L})/iu,
    requests: /^(?:Solicita|Pide|Exhorta|Solicitamos|Pedimos|Exhortamos)(?!\p{L})/iu,
  },
  operativeNumber: /^(?<n>\d{1,3})\.\s+/u,
  subLetters: 'abcdefghijklmnñopqrstuvwxyz'.split('').filter((l) => l !== 'ñ'),
  subParagraph: /^\(?(?<l>[a-z]|[ivx]{1,5})\)\s+/u,
  closing: /^(?<n>\d{1,4})\s*[ªa]\s+sesión plenaria/iu,
  councilHeadings: [
    /^(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)\.?\s+Resolución\s+de\b/u,
    /^(?:RESOLUCIÓN|Resolución)\s+(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)/u,
  ],
  councilAdoption: /^Aprobada\b(?!\s+por\s+el\b).{0,80}?\d\s*[ªa]\.?\s+sesión\b/u,
  // A converter may set the annex's title on its line: "Annex Awaza Political Declaration".
  annex: /^Anexo(?:\s+(?<n>[IVX]+|\d+))?(?:\s+(?=\p{Lu})[^.;:,]{3,150})?$/u,
  figure: /^(?:GRÁFICO|Gráfico|FIGURA|Figura|RECUADRO|Recuadro)\s+[IVX\d]+(?![\p{L}\d])/u,
  figureSource: /^Fuentes?\s*:|^Notas?\s*:/u,
  notesHeading: /^Notas$/u,
  session: /^(?<s>\p{L}[\p{L} -]*?) período de sesiones$/u, // ordinals of two words: "Septuagésimo octavo"
  agendaItem: /^Temas? (?<n>\d+[a-z]?(?:\s*\([a-z]\))?) del programa/u,
  mastheadFields: /\s+(?=Distr\.\s*(?::|general|limitada|reservada)|Temas?\s\d+[a-z]?\s+del programa)/u,
  documentTypes: [
    { pattern: /^Proyecto de resolución/u, type: 'draft-resolution' },
    { pattern: /^Resolución aprobada por/u, type: 'resolution' },
    { pattern: /^Decisión adoptada por/u, type: 'decision' },
    { pattern: /^Informe del?/u, type: 'report' },
    { pattern: /^Informe de políticas/iu, type: 'policy-brief' },
  ],
  paragraphBefore: /(?:párrafos?|párr\.)\s+(?<n>\d{1,3})(?:\s*(?<l>[a-z])\))?\s+de\s+(?:su|la)\s+$/u,
  countedNouns:
    /\b(?:párrafos?|apartados?|artículos?|capítulos?|secci(?:ón|ones)|temas?|reglas?|anexos?|páginas?|partes?|núms?\.|resoluci(?:ón|ones)|decisi(?:ón|ones)|principios?|objetivos?|metas?)/u,
  resolutionWord: /\b[Rr]esoluci(?:ón|ones)\b/u,
  listAnd: /^(?:,\s*(?:y\s+)?|\s+y\s+)/u,
  ownPossessive: /\bsus?\s+$/u,
  letterWords: ['a', 'e', 'o', 'u', 'y'], // preposition a, conjunctions e, o, u, y
  words: () => loadWordList('an-array-of-spanish-words'),
};
