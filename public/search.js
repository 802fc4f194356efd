// Search with Pagefind's JS API, over the index shards the reader chose. Each language's
// index is cut into shards by year (src/search/shards.ts, listed in the page); the first
// chosen shard is Pagefind's primary index, the others are merged into it, each tagged
// with a `shard` filter so that a search tells how many of its results each shard holds.
// A result is a document, then its matching paragraphs (Pagefind's sub-results), each
// linking to /{lang}/{slug}/#p12.
const form = document.getElementById('search');
const strings = JSON.parse(form.dataset.strings);
const shardData = JSON.parse(form.dataset.shards);
const stopWords = JSON.parse(form.dataset.stopWords);
const siteRoot = new URL('./', import.meta.url);
const say = (key, vars = {}) => (strings[key] ?? key).replace(/{{(\w+)}}/g, (_, k) => vars[k]);
const $ = (id) => document.getElementById(id);
const interfaceLanguage = document.documentElement.lang;

// Over file:// (a mirror opened from disk) Pagefind cannot fetch its index, even in a
// browser that runs this module: the page keeps saying so, and points to the lists.
if (location.protocol === 'file:') throw new Error('search needs the site served over HTTP');
document.getElementById('no-search').hidden = true;
form.hidden = false;

// The shards chosen, per language: by default the newest (as the page states).
const chosen = new Map(
  Object.entries(shardData).map(([l, x]) => [l, new Set(x.shards.filter((s) => s.default).map((s) => s.id))]),
);
// A bench or a link drives the scope from the address: ?q=…&language=fr&shards=all|id1,id2
// (shards apply to the language given, else to the interface language's documents).
const params = new URLSearchParams(location.search);
if (params.get('language') in shardData) $('language').value = params.get('language');
if (params.get('shards')) {
  const l = $('language').value || (interfaceLanguage in shardData ? interfaceLanguage : Object.keys(shardData)[0]);
  const ids = params.get('shards') === 'all' ? shardData[l].shards.map((s) => s.id) : params.get('shards').split(',');
  const known = ids.filter((id) => shardData[l].shards.some((s) => s.id === id));
  if (known.length) chosen.set(l, new Set(known));
  if (!$('language').value) $('language').value = l;
}

// Shards listed: every shard of the language chosen; with all languages, the shards each
// language searches (its newest).
const listed = () => {
  const l = $('language').value;
  return (l ? [l] : Object.keys(shardData)).flatMap((language) =>
    shardData[language].shards
      .filter((s) => l || chosen.get(language).has(s.id))
      .map((s) => ({ ...s, language, key: `${language}/${s.id}` })),
  );
};
const selected = () => listed().filter((s) => chosen.get(s.language).has(s.id));

function renderShards() {
  const l = $('language').value;
  const many = !l && Object.keys(shardData).length > 1;
  $('shards').replaceChildren(
    ...listed().map((s) => {
      const id = `shard-${s.language}-${s.id}`;
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, value: s.key });
      box.checked = chosen.get(s.language).has(s.id);
      box.addEventListener('change', () => {
        chosen.get(s.language)[box.checked ? 'add' : 'delete'](s.id);
        changed();
      });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.dataset.shard = s.key;
      const name = say('search.shard', { label: s.label, count: s.documents });
      label.append(many ? `${shardData[s.language].name} · ${name}` : name);
      label.append(Object.assign(document.createElement('span'), { className: 'hits' }));
      const div = document.createElement('div');
      div.className = 'check';
      div.append(box, label);
      return div;
    }),
  );
  // Adding older shards means one language's.
  const all = l ? shardData[l].shards : [];
  $('add-older').hidden = $('add-all').hidden = !l;
  $('add-older').disabled = $('add-all').disabled = all.every((s) => chosen.get(l).has(s.id));
}

// The next older shard: the one after the oldest chosen (else the newest).
$('add-older').addEventListener('click', () => {
  const l = $('language').value;
  const all = shardData[l].shards;
  const oldest = Math.max(-1, ...all.map((s, k) => (chosen.get(l).has(s.id) ? k : -1)));
  const next = all.slice(oldest + 1).find((s) => !chosen.get(l).has(s.id)) ?? all.find((s) => !chosen.get(l).has(s.id));
  if (next) chosen.get(l).add(next.id);
  changed();
});
$('add-all').addEventListener('click', () => {
  const l = $('language').value;
  for (const s of shardData[l].shards) chosen.get(l).add(s.id);
  changed();
});
function changed() {
  renderShards();
  run();
}

// Pagefind's module, loaded once from the first shard; an index per choice of shards. A
// choice that changes starts a fresh instance (Pagefind cannot unmerge an index); the
// files already fetched come from the browser's cache.
const pathOf = (s) => new URL(`pagefind/${s.language}/${s.id}/`, siteRoot).pathname;
const first = selected()[0] ?? listed()[0];
const pagefind = await import(new URL(`${pathOf(first)}pagefind.js`, siteRoot).href);
let scope = { key: '', ready: Promise.resolve() };
let scopes = Promise.resolve(); // one change of scope at a time
function useShards(shards) {
  const key = shards.map((s) => s.key).join(' ');
  if (key === scope.key) return scope.ready;
  const [primary, ...others] = shards;
  const ready = (scopes = scopes.then(async () => {
    await pagefind.destroy();
    await pagefind.options({
      basePath: pathOf(primary),
      baseUrl: siteRoot.pathname,
      excerptLength: 30,
      mergeFilter: { shard: primary.key },
    });
    await pagefind.init();
    await Promise.all(
      others.map((s) => pagefind.mergeIndex(pathOf(s), { language: s.language, mergeFilter: { shard: s.key } })),
    );
  }));
  scope = { key, ready };
  return ready;
}
renderShards();
await useShards(selected());
form.dataset.ready = 'true';

// Stop words of the language searched (the interface's when all are) leave the query: the
// index chunk of "de" or "the" is the largest of all and finds everything. Quoted phrases
// stay whole; a query of stop words only is kept. Same rule as src/search/stop-words.ts.
const foldWord = (w) =>
  w
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
function dropStopWords(query, language) {
  const stop = new Set(stopWords[language] ?? []);
  const segment = (part) =>
    language === 'zh' && typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(part)].map((s) => s.segment)
      : [part];
  const dropped = [];
  const kept = [];
  for (const part of query.match(/"[^"]*"?|[^\s"]+/g) ?? []) {
    if (part.startsWith('"')) {
      kept.push(part);
      continue;
    }
    const left = segment(part).filter((w) => !(stop.has(foldWord(w)) && dropped.push(w)));
    if (left.length) kept.push(left.join(' '));
  }
  return kept.length ? { query: kept.join(' '), dropped } : { query: query.trim(), dropped: [] };
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
  $('ignored').hidden = true;
  for (const hits of $('shards').querySelectorAll('.hits')) hits.textContent = '';
  const shards = selected();
  if (!q || shards.length === 0) return void ($('status').textContent = '');
  $('status').textContent = say('search.loading');
  // Texts cite resolutions by number ("résolution 70/125"), not by symbol: a resolution
  // symbol is searched the way it is printed.
  const printed = /^[A-Z]+(?:\/[A-Z]+)*\/RES\/(.+)$/i.exec(q)?.[1] ?? q;
  const { query, dropped } = dropStopWords(printed, $('language').value || interfaceLanguage);
  await useShards(shards);
  if (id !== searchId) return;
  const search = await pagefind.search(query, { filters, sort: $('sort').value ? { date: 'desc' } : undefined });
  if (id !== searchId) return;
  const symbol = symbolQuery(q);
  if (symbol) {
    const href = new URL(`${interfaceLanguage}/ref/${slug(symbol)}/`, siteRoot);
    if ((await fetch(href, { method: 'HEAD' })).ok) {
      if (id !== searchId) return;
      const a = Object.assign(document.createElement('a'), {
        href: href.pathname,
        textContent: say('search.citationPage', { symbol }),
      });
      $('citation').append(a);
    }
  }
  shown = { search, id, count: 0, words: query.split(/\s+/).length };
  await more();
  // A newer search started meanwhile (typing, a filter, Enter): it alone may say its count.
  if (id !== searchId) return;
  $('status').textContent = search.results.length
    ? say('search.results', { count: search.results.length })
    : say('search.none');
  if (dropped.length) {
    $('ignored').textContent = say('search.ignored', { words: dropped.join(', ') });
    $('ignored').hidden = false;
  }
  // How many of the results each chosen shard holds.
  const counts = search.filters?.shard ?? {};
  for (const label of $('shards').querySelectorAll('label[data-shard]'))
    if (chosen.get(label.dataset.shard.split('/')[0])?.has(label.dataset.shard.split('/').slice(1).join('/')))
      label.querySelector('.hits').textContent =
        ` — ${say('search.results', { count: counts[label.dataset.shard] ?? 0 })}`;
}

// A document's matching paragraphs, best first: where most distinct query words stand,
// then by Pagefind's score of them (a rare word counts above "des").
const fold = (w) =>
  (w ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
function paragraphs(d) {
  const words = d.content.split(/\s+/);
  return (d.sub_results ?? [])
    .map((sub) => {
      const anchor = /#([^#]+)$/.exec(sub.url)?.[1];
      const seen = new Map();
      for (const h of sub.weighted_locations ?? []) {
        const w = fold(words[h.location]);
        seen.set(w, Math.max(seen.get(w) ?? 0, h.balanced_score / (h.weight || 1)));
      }
      return { sub, anchor, score: seen.size * 1e6 + [...seen.values()].reduce((n, x) => n + x, 0) };
    })
    .filter((p) => p.anchor)
    .sort((a, b) => b.score - a.score);
}

// Results come in pages of a few documents, each loading only its own fragment.
const PAGE = 8;
const PARAGRAPHS = 5; // per document: its best; the document's page has the rest
let shown;
async function more() {
  const { search, id } = shown;
  const data = await Promise.all(search.results.slice(shown.count, shown.count + PAGE).map((r) => r.data()));
  if (id !== searchId) return;
  shown.count += data.length;
  for (const d of data) {
    const lang = d.filters?.language?.[0] ?? '';
    const li = document.createElement('li');
    const name = d.meta.symbol ?? d.meta.title;
    const heading = document.createElement('h2');
    heading.append(Object.assign(document.createElement('a'), { href: d.url, textContent: name, lang }));
    const about = Object.assign(document.createElement('p'), {
      textContent: [d.meta.symbol && d.meta.title, d.meta.date, strings[`body.${d.filters?.body?.[0]}`]]
        .filter(Boolean)
        .join(' · '),
      lang,
    });
    li.append(heading, about);
    const best = paragraphs(d).slice(0, PARAGRAPHS);
    const list = document.createElement('ul');
    for (const { sub, anchor } of best) {
      const item = document.createElement('li');
      const number = anchor.replace(/^(?:annex\d+-)?(?:p|para-)/, '').replace(/-/g, ' ');
      const a = Object.assign(document.createElement('a'), {
        href: `${d.url}#${anchor}`,
        textContent: `${name}, ${sub.title || say('search.paragraph', { n: number })}`,
        lang,
      });
      const excerpt = Object.assign(document.createElement('div'), { className: 'excerpt', lang });
      excerpt.innerHTML = sub.excerpt; // Pagefind escapes the indexed text; only <mark> is markup
      item.append(a, excerpt);
      list.append(item);
    }
    if (best.length) li.append(list);
    else {
      const excerpt = Object.assign(document.createElement('div'), { className: 'excerpt', lang });
      excerpt.innerHTML = d.excerpt;
      li.append(excerpt);
    }
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
$('language').addEventListener('change', () => changed());
for (const select of form.querySelectorAll('select:not(#language)')) select.addEventListener('change', run);
const initial = params.get('q');
if (initial) {
  $('q').value = initial;
  run();
}
