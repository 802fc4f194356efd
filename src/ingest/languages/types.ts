import type { CitationRelation, Language } from '../../model/document.ts';

/**
 * Everything the parser needs to know about one language's UN drafting conventions.
 * Code never branches on a language: it reads these tables.
 */
export interface LanguageTable {
  code: Language;
  /** ISO 639-3 code used by franc. */
  franc: string;
  /**
   * Words frequent in this language and rare in the others written in the same script
   * ("the", "les", "los"): counted first to tell the Latin-script languages apart; franc
   * decides when the count is close.
   */
  functionWords?: string[];
  /** Month names, January first, lower-case; alternatives separated by `|`. */
  months: string[];
  /** A full date; named groups `d`, `m` (a month name or number) and `y`. */
  date: RegExp;
  /** The enacting formula, tested against a whole block (formatting already stripped). */
  formulas: RegExp[];
  /** Words that open preambular paragraphs; a preambular block that opens otherwise is reported. */
  preambularOpenings: RegExp;
  /**
   * What a paragraph does with the texts it cites, by its opening words (number and
   * formatting stripped), preambular, operative and first-person ("We reaffirm") forms with
   * their "also", "further", "with appreciation" variants. Tested in this order; a paragraph
   * none matches is `other`. Every relation has its pattern in every language.
   */
  relationOpenings: Record<Exclude<CitationRelation, 'other'>, RegExp>;
  /** Printed number of an operative paragraph at the start of a block ("12." or Arabic "12 -"). */
  operativeNumber: RegExp;
  /**
   * An operative number printed in words of the script ("一、", "十二、"): group `w`, read
   * by `numeralValue` (src/ingest/ids.ts); ids take the ASCII number.
   */
  operativeNumeral?: RegExp;
  /** Sub-paragraph letters in printed order; the i-th maps to the i-th Latin letter in ids. */
  subLetters: string[];
  /** A sub-paragraph call at the start of a block; group `l` is the letter or roman numeral. */
  subParagraph: RegExp;
  /** The closing formula ("68e séance plénière"). */
  closing: RegExp;
  /**
   * The heading of a Security Council resolution in the annual volumes, where no symbol is
   * printed ("242 (1967). Resolution of 22 November 1967", "Resolution 242 (1967)"): groups
   * `n` (the number) and `y` (the year as printed, OCR errors and all).
   */
  councilHeadings?: RegExp[];
  /** The adoption line that closes a Council resolution ("Adopted unanimously at the 1193rd meeting."). */
  councilAdoption?: RegExp;
  /** A heading that opens an annex. */
  annex: RegExp;
  /** The label of a figure or box ("FIGURE I"). */
  figure: RegExp;
  /** The source or note line that closes a figure. */
  figureSource: RegExp;
  /** The heading of an endnotes section. */
  notesHeading: RegExp;
  /** "Session" line in the document header; group `s` is the session in words or digits. */
  session: RegExp;
  /** Agenda item line; group `n` is the item number. */
  agendaItem: RegExp;
  /**
   * Where a masthead flattened by a converter onto one line splits back into its fields
   * ("General Assembly Distr.: General 3 December 2025", "Eightieth session Agenda item 13 …").
   */
  mastheadFields?: RegExp;
  /** "Resolution adopted by … on <date>" and similar; maps a header line to a document type. */
  documentTypes: {
    pattern: RegExp;
    type: 'draft-resolution' | 'resolution' | 'decision' | 'report' | 'policy-brief';
  }[];
  /**
   * A paragraph named just before a citation ("paragraphe 12 de sa résolution 70/1"):
   * tested on the text that precedes the "resolution" word; groups `n` and `l`.
   */
  paragraphBefore: RegExp;
  /**
   * Nouns that count the number after them ("paragraph 5", "résolution 70/1"): such a
   * number is a reference, never a paragraph glued into the text (src/ingest/glued-paragraphs.ts).
   */
  countedNouns?: RegExp;
  /** The word for "resolution(s)" before a number ("résolution 70/1"). */
  resolutionWord: RegExp;
  /** The number comes before the word ("第70/125号决议"). */
  numberBeforeWord?: boolean;
  /** Words joining the last two items of a list ("56/183 et 76/189"). */
  listAnd: RegExp;
  /** Possessive before "resolution" meaning the issuing body's own ("sa résolution"). */
  ownPossessive: RegExp;
  /** Elided articles and pronouns written with an apostrophe (spacing repair must keep them). */
  elisions?: RegExp;
  /** Letters that are words on their own, lower case ("a", "y"): spacing repair never joins two words. */
  letterWords?: string[];
  /** Loads a list of word forms for dehyphenation and spacing repair, if one is available. */
  words?: () => Promise<Set<string>>;
}
