import type { LanguageTable } from './types.ts';

export const zh: LanguageTable = {
  code: 'zh',
  franc: 'cmn',
  months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  date: /(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日/u,
  // Simplified and traditional characters: official texts use the first, yearbook copies the second.
  formulas: [
    // The punctuation is the formula's: the masthead prints the body's bare name ("大会").
    /^(?:大[会會]|[\p{Script=Han}]{1,20}(?:理事[会會]|委[员員][会會]))[，,：:]$/u,
    /^我们[，,][^。]{5,300}[，,]$/u,
  ],
  preambularOpenings:
    /^(?:回顾|回顧|重申|意识到|意識到|认识到|認識到|考虑到|考慮到|注意到|强调|強調|欣见|欣見|确认|確認|申明|深信|决心|決心|关切|關切|深为|深為|铭记|銘記|遵循|表示|又|还|還|鉴于|鑒於|备悉|備悉)/u,
  // "又", "还", "并", "再次" before the verb; simplified and traditional forms. "注意到" is both
  // "Noting" and "Taking note of" in the Chinese texts; "吁请", "促请" (calls upon) ask as "请" does; "通过" adopts.
  relationOpenings: {
    recalls: /^(?:我们|我們)?(?:又|还|還|并|並|也|再次)?(?:回顾|回顧)/u,
    reaffirms: /^(?:我们|我們)?(?:又|还|還|并|並|也|再次)?重申/u,
    welcomes: /^(?:我们|我們)?(?:又|还|還|并|並|也)?(?:欢迎|歡迎|欣见|欣見)/u,
    'takes-note': /^(?:我们|我們)?(?:又|还|還|并|並|也)?(?:表示注意到|注意到|备悉|備悉)/u,
    endorses: /^(?:我们|我們)?(?:又|还|還|并|並|也)?(?:核可|赞同|贊同)/u,
    decides: /^(?:我们|我們)?(?:又|还|還|并|並|也)?(?:决定|決定|通过|通過)/u,
    requests: /^(?:我们|我們)?(?:又|还|還|并|並|也|再次)?(?:请|請|吁请|籲請|促请|促請)/u,
  },
  operativeNumber: /^(?<n>\d{1,3})\s*[.．]\s*/u,
  // Web copies and older texts number in words: "一、", "二.", "十二、".
  operativeNumeral: /^(?<w>[一二三四五六七八九十百零〇]{1,4})\s*[、.．]\s*/u,
  // Sub-paragraphs run (a), (b)… or, in older texts, by the heavenly stems 甲 乙 丙 …
  subLetters: '甲乙丙丁戊己庚辛壬癸'.split(''),
  subParagraph:
    /^(?:[(（](?<l>[a-z]|[ivx]{1,5}|[甲乙丙丁戊己庚辛壬癸])[)）]\s*|(?<l2>[甲乙丙丁戊己庚辛壬癸])(?:\s+|[、.．]\s*))/u,
  // The date may come first, on the line above: "2023年12月19日\n第52次全体会议".
  closing:
    /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:(?<n>\d{1,3})\s*次全体会议|第\s*(?<n2>\d{1,3})\s*次全体会议)|^第[〇零一二三四五六七八九十百\d]+次[会會]议?議?.{0,80}?通[过過]/u,
  // The annual volumes' heading: "八十七(一九五〇).一九五〇年九月二十九日決議案", number and year in words or digits.
  councilHeadings: [
    /^(?<n>\d{1,4}|[一二三四五六七八九十百千]{1,8})\s*[(（](?<y>\d{4}|[〇零一二三四五六七八九]{4})[)）]\s*[.．。]?\s*.{0,30}?(?:決議案?|决议)/u,
    /^第\s*(?<n>\d{1,4})\s*[(（](?<y>\d{4})[)）]\s*号决议/u,
  ],
  annex: /^附件(?:\s*(?<n>[一二三四五六七八九十]+|[IVX]+|\d+))?$/u,
  figure: /^(?:图|插文)\s*[IVX\d一二三四五六七八九十]+(?![\p{L}\d])/u,
  figureSource: /^(?:资料来源|来源|注)\s*[:：]/u,
  notesHeading: /^注$/u,
  session: /^第(?<s>[\p{Script=Han}\d]+)届会议$/u,
  agendaItem: /^议程项目\s*(?<n>\d+[a-z]?)/u,
  mastheadFields: /\s*(?=Distr\.\s*:|议程项目\s*\d)/u,
  documentTypes: [
    { pattern: /^决议草案/u, type: 'draft-resolution' },
    { pattern: /通过的决议$/u, type: 'resolution' },
    { pattern: /^.*的报告$/u, type: 'report' },
  ],
  // Chinese puts the number before the word: "第70/125号决议".
  paragraphBefore: /第\s*(?<n>\d{1,3})\s*段$/u,
  countedNouns: /(?:第|段|条|章|节|项|决议|决定|附件)/u,
  resolutionWord: /号?决议/u,
  numberBeforeWord: true,
  listAnd: /^(?:[、，,]\s*|\s*和\s*)/u,
  ownPossessive: /其\s*$/u,
};
