import type { LanguageTable } from './types.ts';

// UN Arabic writes the Levantine and the Egyptian month names joined by a slash.
const months = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

export const ar: LanguageTable = {
  code: 'ar',
  franc: 'arb',
  months,
  date: new RegExp(`(?<d>\\d{1,2})\\s+(?<m>${months.join('|')})\\s+(?<y>\\d{4})`, 'u'),
  // The formula ends in a comma, or in a colon in Council texts ("إن مجلس الأمن:").
  formulas: [/^إن (?:الجمعية العامة|مجلس [\p{L}\s]+|اللجنة [\p{L}\s]+)[،,:]?$/u, /^نحن، [^.]{5,300}[،,]$/u],
  preambularOpenings: /^(?:إذ|وإذ)\s/u,
  // Arabic texts number operative paragraphs "1 -" (also "1-" after extraction).
  // Preambular "إذ"/"وإذ" before the verb, operative verbs alone, "we" forms (ن-). "تؤكد" alone stresses;
  // "تؤكد من جديد"/"تعيد تأكيد" reaffirms. "تهيب" (calls upon) asks as "تطلب" does; "تعتمد" adopts.
  relationOpenings: {
    recalls: /^(?:و?إذ\s+)?[تن](?:شير|ذكر)(?!\p{L})/u,
    reaffirms: /^(?:و?إذ\s+)?[تن](?:ؤكد\s+(?:\S+\s+)?(?:من\s+جديد|مجددا)|عيد\s+(?:\S+\s+)?تأكيد)/u,
    welcomes: /^(?:و?إذ\s+)?[تن]رحب(?!\p{L})/u,
    'takes-note': /^(?:و?إذ\s+)?[تن]حيط\s+(?:\S+\s+)?علما(?!\p{L})/u,
    endorses: /^(?:و?إذ\s+)?[تن]ؤيد(?!\p{L})/u,
    decides: /^(?:و?إذ\s+)?[تن](?:قرر|عتمد)(?!\p{L})/u,
    requests: /^(?:و?إذ\s+)?[تن](?:طلب|هيب)(?!\p{L})/u,
  },
  operativeNumber: /^(?<n>\d{1,3})\s*[-–]\s+/u,
  subLetters: [
    'أ',
    'ب',
    'ج',
    'د',
    'هـ',
    'و',
    'ز',
    'ح',
    'ط',
    'ي',
    'ك',
    'ل',
    'م',
    'ن',
    'س',
    'ع',
    'ف',
    'ص',
    'ق',
    'ر',
    'ش',
    'ت',
    'ث',
    'خ',
    'ذ',
    'ض',
  ],
  // "(أ) …", or the letter and a dash "أ – …" (a single letter: no Arabic word is one).
  subParagraph:
    /^(?:\((?<l>هـ|[أبجدوزحطيكلمنسعفصقرشتثخذض]|[ivx]{1,5})\)|(?<l>هـ|[أبجدوزحطيكلمنسعفصقرشتثخذض])\s*[-–])\s+/u,
  closing: /^الجلسة العامة\s+(?<n>\d{1,4})/u,
  annex: /^المرفق(?:\s+(?<n>[IVX]+|\d+))?$/u,
  figure: /^(?:الشكل|الإطار)\s+[IVX\d]+(?![\p{L}\d])/u,
  figureSource: /^(?:المصدر|المصادر|ملاحظة)\s*:/u,
  notesHeading: /^الحواشي$/u,
  session: /^الدورة (?<s>[\p{L}\s]+)$/u,
  agendaItem: /^البند (?<n>\d+[a-z]?) من جدول الأعمال/u,
  mastheadFields: /\s+(?=Distr\.\s*:|البند\s\d+)/u,
  documentTypes: [
    { pattern: /^مشروع قرار/u, type: 'draft-resolution' },
    { pattern: /^قرار اتخذته/u, type: 'resolution' },
    { pattern: /^تقرير/u, type: 'report' },
  ],
  paragraphBefore: /الفقرة\s+(?<n>\d{1,3})\s+من\s+$/u,
  countedNouns:
    /(?:الفقر(?:ة|ات)|الماد(?:ة|ات)|الفصل|الفرع|البند|القاعدة|المرفق|الصفحة|الجزء|القرار(?:ات)?|المقرر(?:ات)?|رقم)/u,
  resolutionWord: /(?:القرارات|القرار|قراريها|قراراتها|قرارها|قرار)(?![\p{L}])/u,
  listAnd: /^(?:[،,]\s*(?:و\s*)?|\s+و\s*)/u,
  ownPossessive: /$^/u, // Arabic attaches the possessive to the noun: see resolutionWord.
};
