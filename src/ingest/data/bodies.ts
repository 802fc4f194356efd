import type { Language } from '../../model/document.ts';

/** A UN organ whose resolutions the text can cite by number. */
export interface Body {
  id: string;
  /** The symbol series of its resolutions: `${series}/RES/${number}`. */
  series: string;
  /** Its name as printed in each language (without article), longest first. */
  names: Record<Language, string[]>;
}

export const BODIES: Body[] = [
  {
    id: 'GA',
    series: 'A',
    names: {
      fr: ['Assemblée générale'],
      en: ['General Assembly'],
      es: ['Asamblea General'],
      ru: ['Генеральной Ассамблеи', 'Генеральная Ассамблея'],
      ar: ['الجمعية العامة'],
      zh: ['大会'],
    },
  },
  {
    id: 'ECOSOC',
    series: 'E',
    names: {
      fr: ['Conseil économique et social'],
      en: ['Economic and Social Council'],
      es: ['Consejo Económico y Social'],
      ru: ['Экономического и Социального Совета', 'Экономический и Социальный Совет'],
      ar: ['المجلس الاقتصادي والاجتماعي'],
      zh: ['经济及社会理事会', '经社理事会'],
    },
  },
  {
    id: 'SC',
    series: 'S',
    names: {
      fr: ['Conseil de sécurité'],
      en: ['Security Council'],
      es: ['Consejo de Seguridad'],
      ru: ['Совета Безопасности', 'Совет Безопасности'],
      ar: ['مجلس الأمن'],
      zh: ['安全理事会', '安理会'],
    },
  },
  {
    id: 'HRC',
    series: 'A/HRC',
    names: {
      fr: ["Conseil des droits de l'homme", 'Conseil des droits de l’homme'],
      en: ['Human Rights Council'],
      es: ['Consejo de Derechos Humanos'],
      ru: ['Совета по правам человека', 'Совет по правам человека'],
      ar: ['مجلس حقوق الإنسان'],
      zh: ['人权理事会'],
    },
  },
  {
    id: 'ESCAP',
    series: 'ESCAP',
    names: {
      fr: [
        "Commission économique et sociale pour l'Asie et le Pacifique",
        'Commission économique et sociale pour l’Asie et le Pacifique',
      ],
      en: ['Economic and Social Commission for Asia and the Pacific'],
      es: ['Comisión Económica y Social para Asia y el Pacífico'],
      ru: [
        'Экономической и социальной комиссии для Азии и Тихого океана',
        'Экономическая и социальная комиссия для Азии и Тихого океана',
      ],
      ar: ['اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ'],
      zh: ['亚洲及太平洋经济社会委员会', '亚太经社会'],
    },
  },
];

export const bodyById = (id: string): Body | undefined => BODIES.find((b) => b.id === id);

/** The body a text names at `start` (after optional articles), if any. */
export function bodyNamedIn(text: string, language: Language): Body | undefined {
  return BODIES.find((b) => b.names[language].some((name) => text.includes(name)));
}

/**
 * The symbol of a resolution cited by number. Old General Assembly numbers carry a
 * letter and a session in roman numerals ("217 A (III)" → A/RES/217(III)); Security
 * Council numbers carry the year ("2250 (2015)" → S/RES/2250(2015)).
 */
export function resolutionSymbol(body: Body, number: string): string {
  const n = number.replace(/\s+/g, '');
  const old = /^(\d+)[A-Z]?\(([IVXLC]+)\)$/.exec(n);
  if (old) return `${body.series}/RES/${old[1]}(${old[2]})`;
  // "50/70 Q" is part Q of resolution 50/70, published in the one document A/RES/50/70.
  return `${body.series}/RES/${n.replace(/(?<=\d)[A-Z]$/, '')}`;
}
