import type { LanguageTable } from './types.ts';

// Genitive month names, as written in dates ("17 декабря 2025 года").
const months = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

export const ru: LanguageTable = {
  code: 'ru',
  franc: 'rus',
  months,
  date: new RegExp(`(?<d>\\d{1,2})\\s+(?<m>${months.join('|')})\\s+(?<y>\\d{4})(?:\\s+года)?`, 'iu'),
  formulas: [
    /^(?:Генеральная Ассамблея|[\p{L}\s-]*Совет(?: [\p{L}\s-]+)?|[\p{L}\s-]*[Кк]омиссия[\p{L}\s-]*),?$/u,
    /^Мы, [^.]{5,300},$/u,
  ],
  // Web copies often print the opening in lower case after the formula ("ссылаясь на …").
  preambularOpenings:
    /^(?:Ссылаясь|Исходя|Определяя|Подтверждая|Вновь подтверждая|Сознавая|Учитывая|Отмечая|Принимая|Подчеркивая|Признавая|Приветствуя|Будучи|Выражая|Руководствуясь|Напоминая|Считая|Констатируя)/iu,
  // Operative verbs are lower case; "также", "вновь" may stand before them. "призывает" (calls upon) asks as
  // "просит" does, "настоятельно призывает" urges; "принимает" adopts, "принимает к сведению" takes note.
  relationOpenings: {
    recalls:
      /^(?:(?:также|вновь)\s+)?(?:ссылаясь|ссылается|напоминая|напоминает|мы (?:также |вновь )?(?:ссылаемся|напоминаем))(?!\p{L})/iu,
    reaffirms: /^(?:(?:также|вновь)\s+)?(?:подтверждая|подтверждает|мы (?:также |вновь )?подтверждаем)(?!\p{L})/iu,
    welcomes: /^(?:(?:также|далее)\s+)?(?:приветствуя|приветствует|мы (?:также )?приветствуем)(?!\p{L})/iu,
    'takes-note':
      /^(?:(?:также|далее)\s+)?(?:с (?:удовлетворением|признательностью|интересом)\s+)?(?:принимая|принимает|мы (?:также )?принимаем) к сведению/iu,
    endorses: /^(?:(?:также)\s+)?(?:одобряя|одобряет|утверждает|мы (?:также )?одобряем)(?!\p{L})/iu,
    decides:
      /^(?:(?:также|далее)\s+)?(?:постановляя|постановляет|принимает|мы (?:также )?(?:постановляем|принимаем))(?!\p{L})(?!\s+(?:к\s+сведению|во\s+внимание|участие|меры))/iu,
    requests: /^(?:(?:также|далее|вновь)\s+)?(?:просит|призывает|мы (?:также )?(?:просим|призываем))(?!\p{L})/iu,
  },
  operativeNumber: /^(?<n>\d{1,3})\.\s+/u,
  // Russian UN texts letter sub-paragraphs а), б), в)… skipping й, ъ, ы, ь.
  subLetters: 'абвгдежзиклмнопрстуфхцчшщэюя'.split(''),
  subParagraph: /^\(?(?<l>[а-я]|[ivx]{1,5})\)\s+/u,
  closing: /^(?<n>\d{1,4})-?е\s+пленарное заседание/iu,
  councilHeadings: [/^(?:РЕЗОЛЮЦИЯ|Резолюция)\s+(?<n>\d{1,4})\s*\((?<y>[\d\s-]{4,7})\)/u],
  // The Council's adoption line ("Принята на 506-м заседании").
  councilAdoption: /^Принята\b.{0,80}?\d{1,4}-?м\s+заседании\b/u,
  // A converter may set the annex's title on its line: "Annex Awaza Political Declaration".
  annex: /^Приложение(?:\s+(?<n>[IVX]+|\d+))?(?:\s+(?=\p{Lu})[^.;:,]{3,150})?$/u,
  figure: /^(?:РИСУНОК|Рисунок|ДИАГРАММА|Диаграмма|ВСТАВКА|Вставка)\s+[IVX\d]+(?![\p{L}\d])/u,
  figureSource: /^Источники?\s*:|^Примечани[ея]\s*:/u,
  notesHeading: /^Примечания$/u,
  session: /^(?<s>\p{L}[\p{L} -]*?) сессия$/u, // ordinals of two words: "Семьдесят восьмая"
  agendaItem: /^Пункты? (?<n>\d+[a-z]?) повестки дня/u,
  mastheadFields: /\s+(?=Distr\.\s*:|Пункты?\s\d+[a-z]?\s+повестки дня)/u,
  documentTypes: [
    { pattern: /^Проект резолюции/u, type: 'draft-resolution' },
    { pattern: /^Резолюция, принятая/u, type: 'resolution' },
    { pattern: /^Решение, принятое/u, type: 'decision' },
    { pattern: /^Доклад/u, type: 'report' },
  ],
  paragraphBefore: /(?:пункт[аеуом]?|п\.)\s+(?<n>\d{1,3})(?:\s*(?<l>[а-я])\))?\s+(?:своей\s+)?$/u,
  countedNouns:
    /(?:пункт\p{L}*|стать\p{L}*|глав\p{L}*|раздел\p{L}*|правил\p{L}*|приложени\p{L}*|стр\.|част\p{L}*|№|резолюци\p{L}*|решени\p{L}*|принцип\p{L}*|цел\p{L}*)/u,
  resolutionWord: /[Рр]езолюци(?:я|и|ю|ей|ях|ям|ями)(?![\p{L}])/u,
  listAnd: /^(?:,\s*(?:и\s+)?|\s+и\s+)/u,
  ownPossessive: /(?:своей|своих|свою)\s+$/u,
  letterWords: ['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я'], // conjunctions, prepositions and the pronoun я
};
