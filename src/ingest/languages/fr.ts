import type { LanguageTable } from './types.ts';
import { loadWordList } from '../wordlists.ts';

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export const fr: LanguageTable = {
  code: 'fr',
  functionWords: ['les', 'des', 'et', 'du', 'le', 'aux', 'une', 'est', 'qui'],
  franc: 'fra',
  months,
  date: new RegExp(`(?<d>\\d{1,2})(?:er)?\\s+(?<m>${months.join('|')})\\s+(?<y>\\d{4})`, 'iu'),
  formulas: [
    /^(?:L[’']\s?|La |Le )(?:Assemblée générale|Conseil [\p{L}\s’'-]+|Commission [\p{L}\s’'-]+),?$/u,
    /^Nous, [^.]{5,300},$/u,
  ],
  preambularOpenings:
    /^(?:Rappelant|Réaffirmant|Consciente?|Considérant|Notant|Prenant|Soulignant|Reconnaissant|Se félicitant|S[’']appuyant|Accueillant|Affirmant|Ayant|Constatant|Convaincue?|Déterminée?|Préoccupée?|Profondément|Saluant|Sachant|Tenant|Gardant|Guidée?|Réitérant|Insistant|Exprimant|Estimant|Alarmée?|Soucieuse?)/u,
  // "Demande" asks as "Prie" does ("Calls upon", "Requests"); "Prie instamment" urges. "Décidée" (determined) is not "Décide".
  relationOpenings: {
    recalls: /^(?:Rappelant|Rappelle|Nous rappelons)(?!\p{L})/iu,
    reaffirms: /^(?:Réaffirmant|Réaffirme|Nous réaffirmons)(?!\p{L})/iu,
    welcomes:
      /^(?:Se félicitant|Se félicite|Accueillant avec (?:satisfaction|intérêt)|Accueille avec (?:satisfaction|intérêt)|Nous nous félicitons|Nous accueillons avec satisfaction)(?!\p{L})/iu,
    'takes-note': /^(?:Prenant (?:note|acte)|Prend (?:note|acte)|Nous prenons (?:note|acte))(?!\p{L})/iu,
    endorses: /^(?:Approuvant|Approuve|Faisant siennes?|Fait siennes?|Nous approuvons|Nous faisons nôtres?)(?!\p{L})/iu,
    decides: /^(?:Décidant|Décide|Adopte|Nous décidons|Nous adoptons)(?!\p{L})/iu,
    requests: /^(?:Priant|Prie|Demandant|Demande|Nous demandons)(?!\p{L})(?!\s+(?:instamment|vivement))/iu,
  },
  operativeNumber: /^(?<n>\d{1,3})\.\s+/u,
  subLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  subParagraph: /^\(?(?<l>[a-z]|[ivx]{1,5})\)\s+/u,
  closing: /^(?<n>\d{1,4})\s*(?:e|ème|re)\s+séance plénière/iu,
  councilHeadings: [
    /^(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)\.?\s+Résolution\s+du\b/u,
    /^(?:RÉSOLUTION|Résolution)\s+(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)/u,
  ],
  councilAdoption: /^Adoptée\b(?!\s+par\s+le\b).{0,80}?\d\s*(?:e|ème|re)\s+séance\b/u,
  // A converter may set the annex's title on its line: "Annex Awaza Political Declaration".
  annex: /^Annexe(?:\s+(?<n>[IVX]+|\d+))?(?:\s+(?=\p{Lu})[^.;:,]{3,150})?$/u,
  figure: /^(?:FIGURE|Figure|ENCADRÉ|Encadré)\s+[IVX\d]+(?![\p{L}\d])/u,
  figureSource: /^Sources?\s*:|^Notes?\s*:/u,
  notesHeading: /^Notes(?: de fin)?$/u,
  session: /^(?<s>[\p{L}-]+(?:-[\p{L}]+)*) session$/u,
  agendaItem: /^Points? (?<n>\d+[a-z]?(?:\s*\([a-z]\))?) de l[’']ordre du jour/u,
  mastheadFields: /\s+(?=Distr\.\s*(?::|générale|limitée|restreinte)|Points?\s\d+[a-z]?\s+de l[’']ordre du jour)/u,
  documentTypes: [
    { pattern: /^Projet de résolution/u, type: 'draft-resolution' },
    { pattern: /^Résolution adoptée par/u, type: 'resolution' },
    { pattern: /^Décision adoptée par/u, type: 'decision' },
    { pattern: /^Rapport d[ue]/u, type: 'report' },
    { pattern: /^Note d[’']orientation/u, type: 'policy-brief' },
  ],
  paragraphBefore: /(?:paragraphes?|par\.|al\.)\s+(?<n>\d{1,3})(?:\s*(?<l>[a-z])\))?\s+(?:de\s+(?:sa|la|cette)\s+)?$/u,
  countedNouns:
    /\b(?:paragraphes?|alinéas?|articles?|chapitres?|sections?|points?|règles?|annexes?|pages?|parties?|n[o°]s?|résolutions?|décisions?|principes?|objectifs?|cibles?)/u,
  resolutionWord: /\b[Rr]ésolutions?\b/u,
  listAnd: /^(?:,\s*(?:et\s+)?|\s+et\s+)/u,
  ownPossessive: /\b(?:sa|ses)\s+$/u,
  elisions: /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)$/iu,
  letterWords: ['a', 'à', 'y'], // verb a, preposition à, pronoun y
  words: () => loadWordList('an-array-of-french-words'),
};
