import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, serveStatic, type StaticServer } from './static-server.ts';

/** Copies of the build, each changed by an edit (a file missing or replaced) and served on its own port. */
export function buildVariants() {
  const servers: { server: StaticServer; dir: string }[] = [];
  return {
    /** Serves a copy of the build changed by `edit`; resolves to its URL. */
    async serve(edit: (dir: string) => void): Promise<string> {
      const dir = mkdtempSync(join(tmpdir(), 'qantar-variant-'));
      cpSync(dist, dir, { recursive: true });
      edit(dir);
      const server = await serveStatic(dir);
      servers.push({ server, dir });
      return server.url;
    },
    async close(): Promise<void> {
      await Promise.all(servers.map(({ server }) => server.close()));
      for (const { dir } of servers) rmSync(dir, { recursive: true, force: true });
    },
  };
}
