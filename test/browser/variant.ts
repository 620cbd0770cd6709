import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { storyScript } from '../../src/app/page-story.ts';
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

/**
 * Puts a story in a copy of the build, as `npm run story` would: its data file, and the copy every
 * prerendered page carries to hydrate from. `null` takes the story away.
 */
export function replaceStory(dir: string, story: unknown | null): void {
  const file = join(dir, 'data/story.geojson');
  if (story === null) rmSync(file);
  else writeFileSync(file, JSON.stringify(story));
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, page), 'utf8');
    const script = /<script type="application\/json" id="qantar-story">[\s\S]*?<\/script>/;
    if (!script.test(html)) continue;
    const replacement = story === null ? '' : storyScript(story);
    writeFileSync(
      join(dir, page),
      html.replace(script, () => replacement),
    );
  }
}
