import type { LanguageTable } from './types.ts';
import { loadWordList } from '../wordlists.ts';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const en: LanguageTable = {
  code: 'en',
  functionWords: ['the', 'of', 'and', 'that', 'to', 'its', 'with', 'which', 'for'],
  franc: 'eng',
  months,
  date: new RegExp(`(?<d>\\d{1,2})\\s+(?<m>${months.join('|')})\\s+(?<y>\\d{4})`, 'iu'),
  formulas: [
    /^The (?:General Assembly|[\p{L}\s-]*Council|[\p{L}\s-]*Commission[\p{L}\s-]*),?$/u,
    /^We, [^.]{5,300},$/u,
  ],
  preambularOpenings:
    /^(?:Recalling|Reaffirming|Aware|Conscious|Considering|Noting|Taking|Stressing|Emphasizing|Recognizing|Welcoming|Affirming|Having|Convinced|Determined|Concerned|Deeply|Bearing|Guided|Reiterating|Expressing|Acknowledging|Mindful|Alarmed|Underlining)/u,
  // "Also requests", "We further reaffirm"; "Calls upon" asks as "Requests" does (French "Demande" is both).
  relationOpenings: {
    recalls: /^(?:(?:also|further|again)\s+)?(?:Recalling|Recalls|We (?:also |further )?recall)(?!\p{L})/iu,
    reaffirms:
      /^(?:(?:also|further|again|once again)\s+)?(?:Reaffirming|Reaffirms|We (?:also |further |once again )?reaffirm)(?!\p{L})/iu,
    welcomes: /^(?:(?:also|further)\s+)?(?:Welcoming|Welcomes|We (?:also |further )?welcome)(?!\p{L})/iu,
    'takes-note': /^(?:(?:also|further)\s+)?(?:Taking note|Takes note|We (?:also |further )?take note)(?!\p{L})/iu,
    endorses: /^(?:(?:also|further)\s+)?(?:Endorsing|Endorses|We (?:also )?endorse)(?!\p{L})/iu,
    decides: /^(?:(?:also|further)\s+)?(?:Decides|Deciding|Adopts|We (?:also )?(?:decide|adopt))(?!\p{L})/iu,
    requests:
      /^(?:(?:also|further|again)\s+)?(?:Requests|Requesting|Asks|Calls (?:up)?on|We (?:also )?(?:request|call (?:up)?on))(?!\p{L})/iu,
  },
  operativeNumber: /^(?<n>\d{1,3})\.\s+/u,
  subLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  subParagraph: /^\(?(?<l>[a-z]|[ivx]{1,5})\)\s+/u,
  closing: /^(?<n>\d{1,4})(?:st|nd|rd|th)\s+plenary meeting/iu,
  councilHeadings: [
    /^(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)\.?\s+Resolution\s+of\b/u,
    /^(?:RESOLUTION|Resolution)\s+(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)/u,
  ],
  // "by the Security Council at its …th meeting" opens the header of later volumes, not a closing.
  councilAdoption: /^Adopted\b(?!\s+by\s+the\b).{0,80}?\d\s*(?:st|nd|rd|th|d)(?!\p{L})[\s_.]*meeting\b/u,
  // A converter may set the annex's title on its line: "Annex Awaza Political Declaration".
  annex: /^Annex(?:\s+(?<n>[IVX]+|\d+))?(?:\s+(?=\p{Lu})[^.;:,]{3,150})?$/u,
  figure: /^(?:FIGURE|Figure|BOX|Box)\s+[IVX\d]+(?![\p{L}\d])/u,
  figureSource: /^Sources?\s*:|^Notes?\s*:/u,
  notesHeading: /^(?:End)?[Nn]otes$/u,
  session: /^(?<s>[\p{L}-]+) session$/u,
  agendaItem: /^Agenda items? (?<n>\d+[a-z]?(?:\s*\([a-z]\))?)/u,
  mastheadFields: /\s+(?=Distr\.\s*:|Agenda items?\s\d)/u,
  documentTypes: [
    { pattern: /^Draft resolution/u, type: 'draft-resolution' },
    { pattern: /^Resolution adopted by/u, type: 'resolution' },
    { pattern: /^Decision adopted by/u, type: 'decision' },
    { pattern: /^Report of/u, type: 'report' },
    { pattern: /^Policy Brief/iu, type: 'policy-brief' },
  ],
  paragraphBefore: /(?:paragraphs?|para\.)\s+(?<n>\d{1,3})(?:\s*\((?<l>[a-z])\))?\s+of\s+(?:its\s+|the\s+)?$/u,
  countedNouns:
    /\b(?:paragraphs?|paras?\.|articles?|chapters?|sections?|items?|rules?|annex(?:es)?|pages?|parts?|No\.|Nos\.|resolutions?|decisions?|principles?|goals?|targets?)/u,
  resolutionWord: /\b[Rr]esolutions?\b/u,
  listAnd: /^(?:,\s*(?:and\s+)?|\s+and\s+)/u,
  ownPossessive: /\bits\s+$/u,
  letterWords: ['a', 'i', 'o'], // "a"; "I" and "O" in lower case
  words: () => loadWordList('an-array-of-english-words'),
};
