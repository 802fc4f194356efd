/**
 * The resolver page (/{lang}/resolve/): the reader's text comes back with every reference
 * linked, and their list. The grammar is ingest's (./find.ts); this file is only the page.
 * Bundled by esbuild into /resolve.js (src/integrations/resolver.ts), a classic deferred
 * script: Chromium refuses module scripts from a copied folder (file://), this one runs there.
 */
import type { Language } from '../model/document.ts';
import { findReferences, type Instruments, linkFor, type SymbolIndex } from './find.ts';

const form = document.getElementById('resolve') as HTMLFormElement;
const output = document.getElementById('output')!;
const script = document.currentScript as HTMLScriptElement;
const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
const instruments = JSON.parse(form.dataset.instruments ?? '{}') as Instruments;
const say = (key: string, vars: Record<string, string | number> = {}) =>
  (strings[key] ?? key).replace(/{{(\w+)}}/g, (_, k: string) => String(vars[k]));
const lang = document.documentElement.lang as Language;

// The documents of this site, by symbol. From a copied folder (file://) fetch fails: every
// reference then leads to undocs.org, and the page says why.
const index: Promise<SymbolIndex | undefined> = fetch(new URL('data/symbols.json', script.src))
  .then((r) => (r.ok ? (r.json() as Promise<SymbolIndex>) : undefined))
  .catch(() => undefined);

document.getElementById('no-resolve')!.hidden = true;
form.hidden = false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** A link that stays here, or leaves for undocs.org (described as the site's other external links are). */
function link(href: string, here: boolean, text: string): HTMLAnchorElement {
  return el('a', here ? { href } : { href, 'aria-describedby': 'external-link' }, text);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
  const language = (form.elements.namedItem('language') as HTMLSelectElement).value as Language;
  const symbols = await index;
  const found = findReferences(text, language, instruments);
  const links = found.map((f) => linkFor(f, lang, symbols, form.dataset.root ?? '../../'));
  // The text as pasted, each reference a link; its language is the one the reader chose.
  const resolved = el('div', { class: 'resolved', lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' });
  let at = 0;
  found.forEach((f, k) => {
    resolved.append(text.slice(at, f.offset), link(links[k].href, links[k].here, f.text));
    at = f.offset + f.text.length;
  });
  resolved.append(text.slice(at));
  const list = el(
    'ol',
    { id: 'found' },
    ...found.map((f, k) =>
      el(
        'li',
        {},
        link(links[k].href, links[k].here, f.symbol),
        ` ${say(links[k].here ? 'resolve.here' : 'resolve.undocs')} — `,
        el('q', { lang: language }, f.text),
      ),
    ),
  );
  output.replaceChildren(
    el('h2', { id: 'found-title' }, say('resolve.found', { count: found.length })),
    ...(symbols ? [] : [el('p', { id: 'no-corpus' }, say('resolve.noCorpus'))]),
    ...(found.length > 0 ? [list] : []),
    el('h2', {}, say('resolve.text')),
    resolved,
  );
});
form.dataset.ready = 'true';
