import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from '../helpers/browser.ts';
import { SHARD_SITE } from '../global-setup.ts';

let browser: Browser;
let server: Server;
let root: string;
let page: Page;

beforeAll(async () => {
  const site = await serve('dist');
  server = site.server;
  root = site.url;
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error(e));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function search(q: string, lang = 'fr'): Promise<{ href: string; text: string }[]> {
  await page.goto(`${root}${lang}/search/`);
  await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
  await page.fill('#q', q);
  await page.press('#q', 'Enter');
  await page.waitForFunction(
    () => /\d|Aucun|No |Ningún|Ничего|لا توجد|没有/.test(document.getElementById('status')!.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  return page.$$eval('#results li > a', (as) =>
    as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })),
  );
}

describe('search lands on the paragraph', () => {
  it('finds an accent-less French query, follows the first result, and lands on the paragraph, in view and highlighted', async () => {
    const results = await search('participation pleine egale et reelle');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0].href).toMatch(/\/miroir\/fr\/a-res-80-173\/#p11$/);
    expect(await page.textContent('#status')).toMatch(/\d+ résultat/);
    await page.click('#results li > a');
    await page.waitForURL(/#p11$/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target')!;
      const r = el.getBoundingClientRect();
      return {
        id: el.id,
        inView: r.top > -1 && r.top < innerHeight /* scrolled to its top, to the sub-pixel */,
        background: getComputedStyle(el).backgroundColor,
      };
    });
    expect(target.id).toBe('p11');
    expect(target.inView).toBe(true);
    expect(target.background).not.toBe('rgba(0, 0, 0, 0)');
  }, 60_000);

  it.each([
    ['000', 'Habitat III Quito', /a-c-2-78-l-11\/#pp5$/],
    ['001', 'egalite souveraine des Etats', /a-res-80-173\/#p4$/],
    ['002', 'Centre d’excellence numerique de la Commission economique pour l’Afrique', /rapport-sg-smsi-2024\/#p12$/],
    ['003', 'jouet en peluche robot conversationnel', /note-orientation-5-pacte-numerique-mondial\/#para-7$/],
    ['004', 'Gouvernement kazakhstanais centre de solutions numeriques', /escap-res-80-1\/#p8$/],
  ])(
    'gives a paragraph-level result for a known phrase of seed %s',
    async (_, q, url) => {
      const results = await search(q);
      expect(results[0]?.href).toMatch(url);
    },
    60_000,
  );

  it('matches through elided articles with either apostrophe', async () => {
    for (const q of ['information', 'l’information', "l'information"]) {
      const results = await search(q);
      expect(results.length, q).toBeGreaterThanOrEqual(4);
    }
    const hits = await search('avantages de l’economie numerique naissante');
    expect(hits[0]?.href).toMatch(/a-c-2-78-l-11\/#p28$/); // "l’économie numérique naissante"
  }, 60_000);

  it('finds the paragraphs citing 70/125 and offers its citation-index page', async () => {
    for (const q of ['70/125', 'A/RES/70/125']) {
      const results = await search(q);
      expect(results.length, q).toBeGreaterThanOrEqual(3);
      expect(await page.getAttribute('#citation a', 'href'), q).toBe('/miroir/fr/ref/a-res-70-125/');
    }
  }, 60_000);

  it('lists the seeds’ bodies and types as filters, and filters by them', async () => {
    await page.goto(`${root}fr/search/`);
    await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
    const types = await page.$$eval('#f-type option', (os) =>
      os
        .map((o) => (o as HTMLOptionElement).value)
        .filter(Boolean)
        .sort(),
    );
    expect(types).toEqual(['draft-resolution', 'policy-brief', 'report', 'resolution']);
    const bodies = await page.$$eval('#f-body option', (os) =>
      os
        .map((o) => (o as HTMLOptionElement).value)
        .filter(Boolean)
        .sort(),
    );
    expect(bodies).toEqual(expect.arrayContaining(['ESCAP', 'GA']));
    // The options are written at build time; they must be exactly the values the index holds.
    const years = await page.$$eval('#f-year option', (os) =>
      os
        .map((o) => (o as HTMLOptionElement).value)
        .filter(Boolean)
        .sort(),
    );
    await page.fill('#q', 'numerique');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''));
    // Every shard of every language together holds the index: the union of their filter
    // values. (A string, so that the bundler leaves this import() to the browser; each
    // shard's pagefind.js is a module of its own, with its own index.)
    const indexed: Record<string, string[]> = await page.evaluate(`fetch('/miroir/pagefind/shards.json')
      .then((r) => r.json())
      .then(({ languages }) => Promise.all(Object.entries(languages).flatMap(([l, shards]) =>
        shards.map((s) => import('/miroir/pagefind/' + l + '/' + s.id + '/pagefind.js').then((p) => p.filters())))))
      .then((all) => {
        const union = {};
        for (const filters of all)
          for (const [k, v] of Object.entries(filters)) union[k] = [...new Set([...(union[k] ?? []), ...Object.keys(v)])].sort();
        return union;
      })`);
    expect({ type: types, body: [...bodies].sort(), year: years }).toEqual({
      type: indexed.type,
      body: indexed.body,
      year: indexed.year,
    });
    await page.selectOption('#f-body', 'ESCAP');
    await page.fill('#q', 'numerique');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''));
    const hrefs = await page.$$eval('#results li > a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toContain('/escap-res-80-1/');
  }, 60_000);

  it('lets a reader of the Arabic interface search the French documents', async () => {
    const results = await search('fracture numerique', 'ar');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.getAttribute('#results li > a', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  }, 60_000);

  it('says, without JavaScript, that search needs it and links the browsing paths', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${root}fr/search/`);
    expect(await p.isVisible('#no-search')).toBe(true);
    expect(await p.isVisible('#search')).toBe(false);
    expect(await p.$$eval('#no-search a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '../../fr/',
      '../ref/',
    ]);
    await context.close();
  });
});

describe('search finds the editors’ annotations', () => {
  it('lands on the paragraph an annotation comments on', async () => {
    const results = await search('décision la plus attendue');
    expect(results[0]?.href).toMatch(/\/miroir\/fr\/a-res-80-173\/#p99$/);
  }, 60_000);
});

describe('search by keyboard, sorted by date', () => {
  it('is usable with the keyboard alone: type, submit, tab to a result, follow it', async () => {
    await page.goto(`${root}fr/search/`);
    await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
    await page.keyboard.press('Tab'); // skip link
    for (let k = 0; k < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; k++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('Habitat III Quito');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''));
    // A result is its document's link, then its paragraphs' links: tab to the first paragraph.
    for (
      let k = 0;
      k < 20 && !(await page.evaluate(() => document.activeElement?.closest('#results li li') !== null));
      k++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/a-c-2-78-l-11\/#pp5$/);
  }, 60_000);

  it('sorts by date, newest first', async () => {
    await page.goto(`${root}fr/search/`);
    await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
    await page.selectOption('#sort', 'date');
    await page.fill('#q', 'numerique');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''));
    const dates = await page.$$eval('#results li > p:first-of-type', (ps) =>
      ps.map((p) => /\d{4}-\d{2}-\d{2}/.exec(p.textContent ?? '')?.[0]).filter(Boolean),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  }, 60_000);
});

describe('the search form at 320 px', () => {
  it.each(['ar', 'fr', 'ru'])('does not scroll horizontally in %s once its filters are filled', async (lang) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const p = await context.newPage();
    await p.goto(`${root}${lang}/search/`);
    // The body filter holds the longest option (a commission's full name).
    await p.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('search shards (a generated site over 2027–2030, in shards of 20 documents)', () => {
  let shardServer: Server;
  let shardRoot: string;
  beforeAll(async () => {
    const site = await serve(SHARD_SITE);
    shardServer = site.server;
    shardRoot = site.url;
  });
  afterAll(() => shardServer?.close());

  const ready = () => page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
  const searched = () =>
    page.waitForFunction(() => /\d|Aucun/.test(document.getElementById('status')!.textContent ?? ''), null, {
      timeout: 20_000,
    });
  const boxes = () =>
    page.$$eval('#shards input', (is) =>
      is.map((i) => `${(i as HTMLInputElement).value} ${(i as HTMLInputElement).checked ? 'on' : 'off'}`),
    );
  const hits = (key: string) => page.textContent(`label[data-shard="${key}"] .hits`);

  it('searches the most recent shard by default, says so, counts its results, and adds the older one on request', async () => {
    await page.goto(`${shardRoot}fr/search/`);
    await ready();
    expect(await page.textContent('#scope-default')).toContain('2029–2030');
    expect(await page.textContent('#scope legend')).toBe('Documents cherchés');
    await page.selectOption('#language', 'fr');
    expect(await boxes()).toEqual(['fr/2029-2030 on', 'fr/2027-2028 off']);
    expect(await page.textContent('label[for="shard-fr-2029-2030"]')).toContain('2029–2030 (18 documents)');
    await page.fill('#q', 'numerique');
    await page.press('#q', 'Enter');
    await searched();
    const recent = Number(/(\d+) résultats/.exec((await page.textContent('#status')) ?? '')?.[1]);
    expect(recent).toBeGreaterThan(0);
    expect(await hits('fr/2029-2030')).toContain(`${recent} résultats`);
    expect(await hits('fr/2027-2028')).toBe('');
    for (const date of await page.$$eval('#results > li > p', (ps) => ps.map((p) => p.textContent ?? '')))
      expect(date).toMatch(/20(29|30)-/);
    // Older documents on request: the next older shard is added and searched too.
    await page.click('#add-older');
    expect(await boxes()).toEqual(['fr/2029-2030 on', 'fr/2027-2028 on']);
    await page.waitForFunction(() =>
      /\d+ résultats/.test(document.querySelector('label[data-shard="fr/2027-2028"] .hits')?.textContent ?? ''),
    );
    const older = Number(/(\d+) résultats/.exec((await hits('fr/2027-2028')) ?? '')?.[1]);
    expect(older).toBeGreaterThan(0);
    const total = Number(/(\d+) résultats/.exec((await page.textContent('#status')) ?? '')?.[1]);
    expect(total).toBe(recent + older);
    expect(await page.isDisabled('#add-older')).toBe(true);
    // Unticking the newest leaves only the older one searched.
    await page.uncheck('#shard-fr-2029-2030');
    await page.waitForFunction(
      () => document.querySelector('label[data-shard="fr/2029-2030"] .hits')?.textContent === '',
    );
    await searched();
    expect(await page.textContent('#status')).toContain(`${older} résultats`);
  }, 60_000);

  it('takes the shards from the address: all of them, or those named', async () => {
    await page.goto(`${shardRoot}fr/search/?q=numerique&shards=all`);
    await ready();
    await searched();
    expect(await boxes()).toEqual(['fr/2029-2030 on', 'fr/2027-2028 on']);
    expect(await hits('fr/2027-2028')).toMatch(/\d+ résultats/);
    await page.goto(`${shardRoot}fr/search/?q=numerique&language=fr&shards=2027-2028`);
    await ready();
    await searched();
    expect(await boxes()).toEqual(['fr/2029-2030 off', 'fr/2027-2028 on']);
    for (const date of await page.$$eval('#results > li > p', (ps) => ps.map((p) => p.textContent ?? '')))
      expect(date).toMatch(/20(27|28)-/);
  }, 60_000);

  it('lists the newest shard of each language when all languages are searched', async () => {
    await page.goto(`${shardRoot}fr/search/`);
    await ready();
    const listed = await boxes();
    expect(listed).toEqual(expect.arrayContaining(['fr/2029-2030 on', 'ar/2027 on', 'zh/2029 on']));
    expect(listed.some((b) => b.startsWith('fr/2027-2028'))).toBe(false);
    expect(await page.isVisible('#add-older')).toBe(false);
  }, 60_000);

  it('shows a document, then its matching paragraphs, one of which lands on #pN', async () => {
    await page.goto(`${shardRoot}fr/search/?q=numerique&shards=all`);
    await ready();
    await searched();
    const first = await page.$eval('#results > li', (li) => ({
      document: (li.querySelector(':scope > h2 > a') as HTMLAnchorElement).href,
      paragraphs: [...li.querySelectorAll(':scope > ul > li > a')].map((a) => ({
        href: (a as HTMLAnchorElement).href,
        text: a.textContent ?? '',
      })),
    }));
    expect(first.document).toMatch(/\/miroir\/fr\/a-res-85-\d+\/$/);
    expect(first.paragraphs.length).toBeGreaterThan(0);
    for (const p of first.paragraphs) {
      expect(p.href.startsWith(`${first.document}#`)).toBe(true);
      expect(p.text).toMatch(/A\/RES\/85\/\d+, (paragraphe|alinéa) /);
    }
    const { href } = first.paragraphs[0];
    const id = href.split('#')[1];
    expect(id).toMatch(/^(pp?\d+|p\d+(-[a-z]+)+)$/);
    await page.click('#results > li:first-child > ul > li:first-child > a');
    await page.waitForURL(href);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target')!;
      const r = el.getBoundingClientRect();
      return { id: el.id, inView: r.top > -1 && r.top < innerHeight, text: el.textContent ?? '' };
    });
    expect(target).toMatchObject({ id, inView: true });
    expect(target.text.normalize('NFD').replace(/\p{M}/gu, '')).toMatch(/numerique/i);
  }, 60_000);
});

describe('search drops stop words', () => {
  it('drops the French stop words from the query and says which', async () => {
    const results = await search('egalite souveraine des Etats');
    expect(results[0]?.href).toMatch(/a-res-80-173\/#p4$/);
    expect(await page.isVisible('#ignored')).toBe(true);
    expect(await page.textContent('#ignored')).toBe('Mots ignorés : des');
    // A query of another language's stop words keeps them: "the" is a word in French.
    await search('the');
    expect(await page.isVisible('#ignored')).toBe(false);
  }, 60_000);

  it('keeps a quoted phrase whole, stop words included', async () => {
    const results = await search('"egalite souveraine des Etats"');
    expect(await page.isVisible('#ignored')).toBe(false);
    expect(results[0]?.href).toMatch(/a-res-80-173\/#p4$/);
  }, 60_000);

  it('drops the stop words of the language chosen, in English', async () => {
    await page.goto(`${root}en/search/`);
    await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
    await page.fill('#q', 'the digital divide');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /\d|No /.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.textContent('#ignored')).toBe('Words ignored: the');
  }, 60_000);
});
