import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site on 127.0.0.1 under a sub-path (as a library mirror would), like a
 * plain file server: folders answer with their index.html, anything else is a 404 — with
 * the site's 404.html when `notFound` is set, as nginx's `error_page 404 /miroir/404.html`.
 * `gzip` compresses text on the way, as nginx's gzip does.
 */
export async function serve(
  dir: string,
  base = '/miroir/',
  { gzip = false, notFound = false }: { gzip?: boolean; notFound?: boolean } = {},
): Promise<{ url: string; server: Server; bytes: () => number; reset: () => void }> {
  let sent = 0;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end(); // not under the site
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (!notFound) return void res.writeHead(404).end();
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      return void (req.method === 'HEAD' ? res.end() : createReadStream(join(dir, '404.html')).pipe(res));
    }
    const size = statSync(file).size;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Like nginx's gzip: text is compressed on the way; Pagefind's files are already.
    if (gzip && /text|json|javascript|xml|wasm/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      if (req.method === 'HEAD') return void res.end();
      const stream = createReadStream(file).pipe(createGzip());
      stream.on('data', (chunk: Buffer) => (sent += chunk.length));
      return void stream.pipe(res);
    }
    res.writeHead(200, { 'content-type': type, 'content-length': size });
    if (req.method === 'HEAD') return void res.end();
    sent += size;
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}${base}`, server, bytes: () => sent, reset: () => void (sent = 0) };
}

/** A headless Chromium (see findChromium for which), driven by playwright-core: no browser download. */
export async function launch(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args });
}
