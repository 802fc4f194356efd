import type { Diagnostic } from '../model/document.ts';
import { CALL_CLOSE, CALL_OPEN } from './layout.ts';

/**
 * Character-level cleaning that is safe to run twice: unusual spaces become spaces,
 * invisible characters go, line ends are unified. Nothing here changes a word.
 */
export function cleanText(text: string): { text: string; diagnostics: Omit<Diagnostic, 'file'>[] } {
  const diagnostics: Omit<Diagnostic, 'file'>[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = lines.map((raw, i) => {
    if (raw.includes('\uFFFD')) {
      diagnostics.push({
        line: i + 1,
        severity: 'warning',
        code: 'replacement-character',
        message:
          'a character was lost in extraction (U+FFFD); restore it with a correction in content/documents/<slug>.yaml',
      });
    }
    if (raw.includes(CALL_OPEN) || raw.includes(CALL_CLOSE)) {
      diagnostics.push({
        line: i + 1,
        severity: 'info',
        code: 'private-use-removed',
        message: 'private-use characters removed',
      });
    }
    return raw
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\uE000\uE001]/g, '');
  });
  return { text: out.join('\n'), diagnostics };
}
