import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production build the browser tests load (`npm test` builds it first). */
export const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** Content types by file extension, for every file the build holds. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Every path the server was asked for since the last call (and answered with a file), in order. */
  takeLog: () => string[];
}

/** Starts the server on a free port of 127.0.0.1; resolves to its origin. */
export async function listenLocal(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Serves a folder on 127.0.0.1 with the given response headers (e.g. a Content-Security-Policy), the
 * same for every file or chosen by the file's path (e.g. as a host's `_headers` file says), and `pages`
 * (path → HTML) beside its files: a host's article, say. It logs what it answers, a worker's requests
 * included, which a page's own request events do not see.
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
  pages: Record<string, string> = {},
): Promise<StaticServer> {
  const log: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const extra = typeof headers === 'function' ? headers(path) : headers;
    if (pages[path] !== undefined) {
      log.push(path);
      return void res.writeHead(200, { 'content-type': contentTypes['.html'], ...extra }).end(pages[path]);
    }
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
      log.push(path);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return {
    url: `${await listenLocal(server)}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    takeLog: () => log.splice(0),
  };
}
