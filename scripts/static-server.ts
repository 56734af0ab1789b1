/**
 * Serves a built site the way a plain static host does: `/x/` → `x/index.html`, a missing file →
 * `404.html` with status 404, no compression (the bench's budgets count uncompressed bytes). The
 * tests and the bench both use it, on a free port (port 0); `base` mounts the site under a path.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileInside } from '../src/loaders/served-file';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export { fileInside };

export interface ServedDir {
  url: string;
  /** Bytes of response bodies sent so far: what the browser fetched, including from workers. */
  bytesSent: () => number;
  close: () => Promise<void>;
}

/** The decoded path of a request, or null when it is not a URL or has a malformed percent escape. */
export function requestPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
}

/**
 * A handler tried before the files (the bench's stand-in search server, served from the site's
 * origin): the bytes it answered with, or null to leave the request to the files.
 */
export type ServedHandler = (req: IncomingMessage, res: ServerResponse) => Promise<number | null>;

export async function serveDir(dir: string, base = '/', handler?: ServedHandler): Promise<ServedDir> {
  let sent = 0;
  const server = createServer((req, res) => {
    if (handler)
      return void handler(req, res).then(
        (bytes) => (bytes === null ? files(req, res) : void (sent += bytes)),
        (error: unknown) => void res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error)),
      );
    files(req, res);
  });
  const files = (req: IncomingMessage, res: ServerResponse) => {
    const pathname = requestPath(req.url);
    // A request line no browser would send (`/%E4%ZZ/`) is the client's error, not a crash.
    if (pathname === null)
      return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request: malformed URL');
    if (!pathname.startsWith(base)) return void res.writeHead(404).end();
    let file = fileInside(dir, pathname.slice(base.length)) ?? '';
    if (!file) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
      if (!existsSync(file)) return void res.writeHead(404).end('not found');
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    sent += statSync(file).size;
    createReadStream(file).pipe(res);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytesSent: () => sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
