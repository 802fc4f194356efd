// Search with Pagefind's JS API. Results land on the paragraph: Pagefind records every
// element with an id as an anchor with its word position, so the hit's first word
// position picks the paragraph (p12, pp3, p9-e, fn3) it stands in.
const form = document.getElementById('search');
const strings = JSON.parse(form.dataset.strings);
const siteRoot = new URL('./', import.meta.url);
const say = (key, vars = {}) => (strings[key] ?? key).replace(/{{(\w+)}}/g, (_, k) => vars[k]);
const $ = (id) => document.getElementById(id);

// Over file:// (a mirror opened from disk) Pagefind cannot fetch its index, even in a
// browser that runs this module: the page keeps saying so, and points to the lists.
if (location.protocol === 'file:') throw new Error('search needs the site served over HTTP');
document.getElementById('no-search').hidden = true;
form.hidden = false;

const pagefind = await import(new URL('pagefind/pagefind.js', siteRoot).href);
await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 30 });
// The interface language's index first (or the largest); other languages' indexes, each
// with its own stemmer, are merged the first time a search asks for them, so opening the
// page costs one index. Filter options are in the page (written at build time).
const entry = await (await fetch(new URL('pagefind/pagefind-entry.json', siteRoot))).json();
const primary =
  document.documentElement.lang in entry.languages
    ? document.documentElement.lang
    : Object.keys(entry.languages).sort((a, b) => entry.languages[b].page_count - entry.languages[a].page_count)[0];
const merges = new Map([[primary, Promise.resolve()]]);
const indexesFor = (language) =>
  Promise.all(
    (language ? [language] : Object.keys(entry.languages)).map((l) => {
      if (!merges.has(l)) merges.set(l, pagefind.mergeIndex(new URL('pagefind/', siteRoot).href, { language: l }));
      return merges.get(l);
    }),
  );
form.dataset.ready = 'true';

const PARAGRAPH = /^(?:annex\d+-)?(?:pp?\d+|p\d+(?:-[a-z]+)*|para-\d+|fn(?!ref)\w+)$/;
// The paragraph where the query's words stand closest together. Each matched word is
// given to the element (paragraph, heading, note) it stands in; only paragraphs and notes
// compete. The densest window of distinct matched words wins, each word counted once at
// its Pagefind score without the heading boost, so a rare word counts above "des".
const fold = (w) =>
  (w ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
function paragraphOf(data, queryWords) {
  const anchors = (data.anchors ?? []).filter((a) => !a.id.startsWith('fnref')).sort((a, b) => a.location - b.location);
  const owner = (location) => {
    let found;
    for (const a of anchors)
      if (a.location <= location) found = a;
      else break;
    return found;
  };
  const words = data.content.split(/\s+/);
  const hits = (
    data.weighted_locations ?? (data.locations ?? []).map((location) => ({ location, balanced_score: 1, weight: 1 }))
  )
    .map((h) => ({
      location: h.location,
      anchor: owner(h.location),
      word: fold(words[h.location]),
      score: h.balanced_score / (h.weight || 1),
    }))
    .filter((h) => h.anchor && PARAGRAPH.test(h.anchor.id))
    .sort((a, b) => a.location - b.location);
  const width = Math.max(8, 3 * queryWords);
  let best;
  let top = -1;
  hits.forEach((h, i) => {
    const seen = new Map();
    for (let j = i; j < hits.length && hits[j].anchor === h.anchor && hits[j].location - h.location <= width; j++) {
      seen.set(hits[j].word, Math.max(seen.get(hits[j].word) ?? 0, hits[j].score));
    }
    const score = seen.size * 1e6 + [...seen.values()].reduce((n, x) => n + x, 0);
    if (score > top) [best, top] = [h.anchor.id, score];
  });
  return best;
}

const symbolQuery = (q) => {
  const bare = /^(\d{1,4})\/(\d{1,4})$/.exec(q);
  if (bare) return `A/RES/${bare[1]}/${bare[2]}`;
  return /^[A-Z]+(?:\/[A-Za-z0-9.()]+)+$/.test(q) ? q.replace(/\s+/g, '') : null;
};
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

let searchId = 0;
async function run() {
  const id = ++searchId;
  const q = $('q').value.trim();
  const filters = {};
  for (const select of form.querySelectorAll('select[data-filter]'))
    if (select.value) filters[select.dataset.filter] = select.value;
  if ($('language').value) filters.language = $('language').value;
  $('results').replaceChildren();
  $('citation').replaceChildren();
  $('more').hidden = true;
  if (!q) return void ($('status').textContent = '');
  $('status').textContent = say('search.loading');
  // Texts cite resolutions by number ("résolution 70/125"), not by symbol: a resolution
  // symbol is searched the way it is printed.
  const printed = /^[A-Z]+(?:\/[A-Z]+)*\/RES\/(.+)$/i.exec(q)?.[1] ?? q;
  await indexesFor($('language').value);
  if (id !== searchId) return;
  const search = await pagefind.search(printed, { filters, sort: $('sort').value ? { date: 'desc' } : undefined });
  if (id !== searchId) return;
  const symbol = symbolQuery(q);
  if (symbol) {
    const href = new URL(`${document.documentElement.lang}/ref/${slug(symbol)}/`, siteRoot);
    if ((await fetch(href, { method: 'HEAD' })).ok) {
      const a = Object.assign(document.createElement('a'), {
        href: href.pathname,
        textContent: say('search.citationPage', { symbol }),
      });
      $('citation').append(a);
    }
  }
  shown = { search, id, count: 0, q };
  await more();
  // A newer search started meanwhile (typing, a filter, Enter): it alone may say its count.
  if (id !== searchId) return;
  $('status').textContent = search.results.length
    ? say('search.results', { count: search.results.length })
    : say('search.none');
}

// Results come in pages of a few, each loading only its own small fragment.
const PAGE = 8;
let shown;
async function more() {
  const { search, id, q } = shown;
  const data = await Promise.all(search.results.slice(shown.count, shown.count + PAGE).map((r) => r.data()));
  if (id !== searchId) return;
  shown.count += data.length;
  for (const d of data) {
    const li = document.createElement('li');
    // Each paragraph is indexed through its own page /{lang}/{slug}/{id}/; the result
    // links to the full text at #id. (A page indexed whole would use its anchors.)
    const own = /^(.*\/)([^/]+)\/$/.exec(d.url);
    const para = d.meta.paragraph ?? paragraphOf(d, q.split(/\s+/).length);
    const a = document.createElement('a');
    a.href = d.meta.paragraph && own ? `${own[1]}#${para}` : para ? `${d.url}#${para}` : d.url;
    a.lang = d.filters?.language?.[0] ?? '';
    const name = d.meta.symbol ?? d.meta.title;
    const number = para ? para.replace(/^(?:annex\d+-)?(?:p|para-)/, '').replace(/-/g, ' ') : '';
    a.textContent = para ? `${name}, ${say('search.paragraph', { n: number })}` : name;
    const title = Object.assign(document.createElement('p'), {
      textContent: [d.meta.symbol && d.meta.title, d.meta.date, strings[`body.${d.filters?.body?.[0]}`]]
        .filter(Boolean)
        .join(' · '),
    });
    title.lang = a.lang;
    const excerpt = document.createElement('p');
    excerpt.lang = a.lang;
    excerpt.innerHTML = d.excerpt; // Pagefind escapes the indexed text; only <mark> is markup
    li.append(a, title, excerpt);
    $('results').append(li);
  }
  $('more').hidden = shown.count >= search.results.length;
}
$('more').addEventListener('click', () => more());

let timer;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer); // the search typed is the one submitted: run it once
  run();
});
$('q').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
});
for (const select of form.querySelectorAll('select')) select.addEventListener('change', run);
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  $('q').value = initial;
  run();
}
