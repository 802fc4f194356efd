import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

export type { Element, Root };
export { select, selectAll, toText };

/** A page of the built site, parsed. */
export function page(path: string): Root {
  const file = `dist/${path.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')}`;
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
}

export const attr = (el: Element | undefined, name: string): string | undefined => {
  const v = el?.properties?.[name];
  return v === undefined ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
