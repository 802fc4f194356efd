/**
 * First components of UN document symbols. A word written with slashes is read as a
 * symbol only when it opens with one of these, so "et/ou" or "km/h" never become links.
 * Add a series here when a new kind of document turns up.
 */
export const SYMBOL_SERIES = [
  'A', 'E', 'S', 'ST', 'TD', 'UNEP', 'ECE', 'ESCAP', 'ECA', 'ECLAC', 'ESCWA', 'CEDAW', 'CRC', 'CCPR',
  'CERD', 'CAT', 'CRPD', 'DP', 'UNW', 'ICCD', 'FCCC', 'JIU', 'SG', 'UNITAR', 'IDB', 'PBC', 'APLC', 'CD',
  'CCW', 'BWC', 'NPT', 'TRADE', 'UNCITRAL', 'HRI', 'UNODC', 'UNHCR', 'EC',
];
