import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { AXE, audit } from '../helpers/a11y.ts';
import { launch, serve } from '../helpers/browser.ts';

let browser: Browser;
const servers: Server[] = [];
let root: string;
let fixtureRoot: string;
let page: Page;

beforeAll(async () => {
  const site = await serve('dist');
  const fixture = await serve(FIXTURE_SITE);
  servers.push(site.server, fixture.server);
  root = site.url;
  fixtureRoot = fixture.url;
  browser = await launch();
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

const active = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName,
      id: el?.id,
      href: el?.getAttribute('href'),
      role: el?.getAttribute('role'),
      text: el?.textContent?.trim(),
    };
  });
/** Presses Tab until `done` holds (at most `limit` times); returns whether it did. */
async function tabUntil(done: (a: Awaited<ReturnType<typeof active>>) => boolean, limit = 400): Promise<boolean> {
  for (let k = 0; k < limit; k++) {
    await page.keyboard.press('Tab');
    if (done(await active())) return true;
  }
  return false;
}

describe('keyboard journeys', () => {
  it('skip link first, to the main content', async () => {
    await page.goto(`${root}fr/a-res-80-173/`);
    await page.keyboard.press('Tab');
    expect(await active()).toMatchObject({ tag: 'A', href: '#main', text: 'Aller au contenu' });
    expect(await page.isVisible('a.skip')).toBe(true); // visible once focused
    await page.keyboard.press('Enter');
    expect((await active()).id).toBe('main');
  });

  it('reaches the number of paragraph 12, its permalink, and follows it to the paragraph’s own page', async () => {
    await page.goto(`${root}fr/a-res-80-173/`);
    expect(await tabUntil((a) => a.href === 'p12/')).toBe(true);
    expect((await active()).text).toBe('12.');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/a-res-80-173\/p12\/$/);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('A/RES/80/173, paragraphe 12');
    // And back: its number there leads to the paragraph in the full text, at #p12.
    expect(await tabUntil((a) => a.href === '../#p12' && a.text === '12.')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/a-res-80-173\/#p12$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p12');
  });

  it('follows note 3 and returns to the same call', async () => {
    await page.goto(`${root}fr/a-c-2-78-l-11/`);
    expect(await tabUntil((a) => a.href === '#fn3' && a.role === 'doc-noteref')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#fn3$/);
    expect(await tabUntil((a) => a.role === 'doc-backlink', 10)).toBe(true);
    expect((await active()).href).toBe('#fnref3');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#fnref3$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('fnref3');
  });

  it('changes language and lands on the same paragraph', async () => {
    await page.goto(`${fixtureRoot}fr/a-res-99-1/#p2`);
    expect(await tabUntil((a) => a.href === '../../en/a-res-99-1/')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/a-res-99-1\/#p2$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2');
  });

  it('has no focus trap, and focus is always visible', async () => {
    await page.goto(`${root}fr/escap-res-80-1/`);
    const seen: string[] = [];
    let wrapped = false;
    for (let k = 0; k < 300 && !wrapped; k++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          key: `${el.tagName}${el.getAttribute('href') ?? ''}${el.id}`,
          body: el === document.body,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      if (state.body || (seen.length > 5 && state.key === seen[0])) wrapped = true;
      else {
        expect(state.outline, `focus not visible on ${state.key}`).toBe(true);
        seen.push(state.key);
      }
    }
    expect(wrapped).toBe(true);
    expect(seen.length).toBeGreaterThan(20);
  }, 60_000);

  it('keeps the focus indicator in forced-colours mode', async () => {
    const context = await browser.newContext({ forcedColors: 'active' });
    const p = await context.newPage();
    await p.goto(`${root}fr/a-res-80-173/`);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    const outline = await p.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe('the accessibility check can fail', () => {
  it('reports an image without alt text and a field without a label on a deliberately broken page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript({ content: AXE });
    const p = await context.newPage();
    await p.route('**/broken/', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync('tests/fixtures/a11y/broken.html', 'utf8') }),
    );
    const problems = await audit(p, `${root}broken/`);
    expect(problems.some((x) => x.startsWith('axe image-alt'))).toBe(true);
    expect(problems.some((x) => x.startsWith('axe label'))).toBe(true);
    await context.close();
  });
});

describe('editors’ additions, accessible', () => {
  it('the comparison page and an annotated, corrected page pass the same audit as dist/, disclosures open', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript({ content: AXE });
    // Open every disclosure once the page is parsed, so that what they hide is audited too.
    await context.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('details').forEach((d) => { d.open = true; }));`,
    });
    const p = await context.newPage();
    for (const path of ['fr/a-res-99-1/compare/', 'fr/a-res-99-1/', 'en/a-res-99-1/', 'fr/a-res-99-1/p2-a/']) {
      expect(await audit(p, `${fixtureRoot}${path}`), path).toEqual([]);
      expect(await p.evaluate(() => [...document.querySelectorAll('details')].every((d) => d.open)), path).toBe(true);
    }
    await context.close();
  });

  it('opens an annotation from the keyboard', async () => {
    await page.goto(`${root}fr/a-res-80-173/#p99`);
    expect(
      await tabUntil((a) => a.tag === 'SUMMARY' && (a.text ?? '').startsWith('Annotation du paragraphe 99'), 20),
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(
        () => (document.getElementById('annotation-forum-instance-permanente') as HTMLDetailsElement).open,
      ),
    ).toBe(true);
  });
});
