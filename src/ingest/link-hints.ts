import type { Diagnostic, Inline } from '../model/document.ts';

/** One spelling per address: https, no www., no trailing slash, lower case. */
export const canonical = (url: string): string =>
  url
    .replace(/^https?:\/\/(?:www\.)?/i, 'https://')
    .replace(/\/$/, '')
    .toLowerCase();

/**
 * Uses the PDF's own hyperlink lists as hints for link targets. The lists follow the
 * order of the links on the page, so a listed address that no reference produces is
 * matched to the reference standing next to the neighbouring hint that did match — if,
 * and only if, that reference's own address is listed nowhere. Its target becomes the
 * listed one (e.g. an early Council resolution published in a compendium document), and
 * the change is reported.
 */
export function applyLinkHints(
  hints: { url: string; line: number }[],
  containers: { inlines: Inline[] }[],
  report: (d: Omit<Diagnostic, 'file'>) => void,
): void {
  const refs = containers.flatMap((c) => c.inlines.filter((i): i is Extract<Inline, { t: 'ref' }> => i.t === 'ref'));
  const listed = new Set(hints.map((h) => canonical(h.url)));
  const indexOf = (url: string) => refs.findIndex((r) => canonical(r.url) === canonical(url));
  hints.forEach((hint, k) => {
    if (!/undocs\.org/i.test(hint.url) || indexOf(hint.url) >= 0) return;
    const next = hints[k + 1] && hints[k + 1].line === hint.line + 1 ? indexOf(hints[k + 1].url) : -1;
    const prev = hints[k - 1] && hints[k - 1].line === hint.line - 1 ? indexOf(hints[k - 1].url) : -1;
    const candidate = next > 0 ? refs[next - 1] : prev >= 0 ? refs[prev + 1] : undefined;
    if (!candidate || listed.has(canonical(candidate.url))) return;
    report({
      line: hint.line,
      severity: 'info',
      code: 'link-target-from-hint',
      message: `"${candidate.v}" links to ${hint.url}, as the PDF's hyperlink list gives, instead of ${candidate.url}`,
    });
    candidate.url = hint.url.replace(/^https?:\/\/www\./i, 'https://');
  });
}
