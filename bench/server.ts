import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes as types, listenLocal } from '../test/browser/static-server.ts';

/** One response: the path asked for and, unless it was the story put in place, the file sent. */
export interface Served {
  path: string;
  file: string | null;
  bytes: number;
}

export interface BenchServer {
  origin: string;
  /** The URL of a mounted folder, ending in '/'. */
  url(mount: string): string;
  /** Serves this story at every `…/data/story.geojson` instead of the built one; `null` restores it. */
  setStory(body: Buffer | null): void;
  /** Every response since the last call, in order. */
  takeLog(): Served[];
  close(): Promise<void>;
}

/**
 * Serves folders under path prefixes on 127.0.0.1 (`/app/` the production build, `/baseline/` the
 * bench's MapLibre-only page), with a story that can be swapped for a synthetic one; with `gzip`,
 * compressed for a browser that asks, as any host serves them (Lighthouse's pages).
 */
export async function serveBench(mounts: Record<string, string>, { gzip = false } = {}): Promise<BenchServer> {
  let story: Buffer | null = null;
  let log: Served[] = [];
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const [, mount = '', ...rest] = path.split('/');
    const root = mounts[mount];
    if (!root) return void res.writeHead(404).end('not found');
    const file = join(root, rest.join('/') || 'index.html');
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    const type = types[extname(file)] ?? 'application/octet-stream';
    try {
      const override = story && path.endsWith('/data/story.geojson');
      const body = override ? story! : await readFile(file);
      log.push({ path, file: override ? null : file, bytes: body.length });
      const compress = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(compress ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const origin = await listenLocal(server);
  return {
    origin,
    url: (mount) => `${origin}/${mount}/`,
    setStory: (body) => void (story = body),
    takeLog: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
