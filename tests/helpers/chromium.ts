import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags every launch needs here: headless, as root, and no calls to Google's services. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export type ChromiumBuild = { executablePath: string; args: string[]; source: string };

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Which Chromium the browser tests drive, in this order: `CHROMIUM=/path` when set; else a
 * system Chromium or Chrome on the PATH; else the Linux x64 build shipped inside the
 * `@sparticuz/chromium` npm package, unpacked to the temp directory once (so `npm install`
 * is all a fresh Linux machine needs). Its serverless `--single-process` flag is dropped:
 * it kills the browser when a second context opens.
 */
export async function findChromium(): Promise<ChromiumBuild> {
  if (process.env.CHROMIUM) return { executablePath: process.env.CHROMIUM, args: BASE_ARGS, source: 'CHROMIUM' };
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const path = join(dir, name);
      if (executable(path)) return { executablePath: path, args: BASE_ARGS, source: 'system' };
    }
  }
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `No Chromium found: the bundled build is for Linux x64 only; on ${process.platform} ${process.arch}, ` +
        'install Chrome or Chromium and set CHROMIUM=/path/to/its/binary',
    );
  const { default: bundled } = await import('@sparticuz/chromium');
  const args = bundled.args.filter((a) => a !== '--single-process' && !a.startsWith('--headless'));
  return {
    executablePath: await bundled.executablePath(),
    args: [...new Set([...BASE_ARGS, ...args])],
    source: '@sparticuz/chromium',
  };
}
