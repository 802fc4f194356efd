import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Text contrast from the stylesheet's own colours, in both schemes. axe skips contrast on
 * Arabic text (it flags the same colours on Latin, Cyrillic and CJK), so the colours are
 * checked here, whatever the script.
 */
const css = readFileSync('public/site.css', 'utf8');
const scheme = (block: string) =>
  Object.fromEntries([...block.matchAll(/--(\w+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
const light = scheme(/:root\s*{([^}]*)}/.exec(css)![1]);
const dark = scheme(/prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)![1]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((k) => parseInt(hex.slice(k, k + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('colour contrast of the stylesheet (WCAG AA, 4.5:1 for text)', () => {
  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('%s scheme', (_, c) => {
    for (const fg of ['fg', 'muted', 'link', 'visited']) expect(ratio(c[fg], c.bg), fg).toBeGreaterThanOrEqual(4.5);
    // White on the buttons.
    expect(ratio('#ffffff', c.button), 'button').toBeGreaterThanOrEqual(4.5);
    // Text on a highlighted (:target) paragraph.
    for (const fg of ['fg', 'link']) expect(ratio(c[fg], c.mark), `${fg} on mark`).toBeGreaterThanOrEqual(4.5);
  });
});
