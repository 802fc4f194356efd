/**
 * `npm run screenshots` (after `npm run build`): the README's pictures of the site, taken in
 * Chromium from the built pages — a document page, languages side by side (two real Council
 * resolutions of the fixture site, built here if absent) and the Arabic home on a phone in
 * the dark scheme. Written to tests/screenshots/*.png. Chinese and Arabic need their fonts on
 * the machine (Debian: fonts-noto-core fonts-noto-cjk); the pages themselves load none.
 */
import { existsSync } from 'node:fs';
import { FIXTURE_SITE, buildFixtureSite } from '../global-setup.ts';
import { launch, serve } from '../helpers/browser.ts';

interface Shot {
  file: string;
  site: string;
  path: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
}

const SHOTS: Shot[] = [
  { file: 'document', site: 'dist', path: 'fr/a-res-80-173/', width: 1200, height: 900, scheme: 'light' },
  {
    file: 'side-by-side',
    site: FIXTURE_SITE,
    path: 'en/s-res-87-1950/versions/',
    width: 1200,
    height: 760,
    scheme: 'light',
  },
  { file: 'arabic-home', site: 'dist', path: 'ar/', width: 390, height: 800, scheme: 'dark' },
];

if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: run `npm run build` first');
if (!existsSync(`${FIXTURE_SITE}/index.html`)) buildFixtureSite();
const browser = await launch();
for (const shot of SHOTS) {
  const site = await serve(shot.site);
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.scheme,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(site.url + shot.path);
  await page.screenshot({ path: `tests/screenshots/${shot.file}.png` });
  console.log(`tests/screenshots/${shot.file}.png  ← /${shot.path} (${shot.width} × ${shot.height}, ${shot.scheme})`);
  await context.close();
  site.server.close();
}
await browser.close();
