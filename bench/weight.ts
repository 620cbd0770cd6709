import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { budgetBytes, pageStory, sumPart, weigh, type FileWeight, type Part } from './bytes.ts';
import { closeMap, mapSize, openMap, settle } from './pages.ts';
import type { BenchServer } from './server.ts';

export interface WeightResult {
  files: FileWeight[];
  totals: Record<Part, number>;
  /** App code + data + fonts: what the 80 KB budget counts. */
  budget: number;
  /** Of the CSS, MapLibre's own stylesheet. */
  mapLibreCss: number;
  /** The app's map canvas, for the baseline to match. */
  mapSize: { w: number; h: number };
}

/** Loads the app with its default story and gzip-sizes every file the server sent until the map was idle. */
export async function measureWeight(browser: Browser, server: BenchServer): Promise<WeightResult> {
  server.setStory(null);
  server.takeLog();
  const watched = await openMap(browser, server.url('app'));
  await settle(watched.page);
  // Anything the page asks for just after its first idle (a font subset, a lazy chunk) counts too.
  await watched.page.waitForTimeout(1000);
  const size = await mapSize(watched.page);
  await closeMap(watched, 'weight');
  // Each file once: the static map and MapLibre ask for the same files, which a host's caching serves
  // once (this server says no-store, so here both requests reach it). budget.test.ts counts so too.
  const served = [...new Map(server.takeLog().map((s) => [s.path, s])).values()];
  const files = served.flatMap((s) => {
    if (!s.file) throw new Error(`${s.path} was not served from the build`);
    const bytes = readFileSync(s.file);
    const story = s.path.endsWith('.html') || s.path.endsWith('/') ? pageStory(s.path, bytes) : null;
    return [weigh(s.path, bytes), ...(story ? [story] : [])];
  });
  const parts: Part[] = ['maplibre', 'app', 'css', 'story', 'data', 'relief', 'fonts', 'html', 'images'];
  const totals = Object.fromEntries(parts.map((p) => [p, sumPart(files, p)])) as Record<Part, number>;
  const mapLibreCss = files.reduce((t, f) => t + (f.mapLibreCss ?? 0), 0);
  return { files, totals, budget: budgetBytes(files), mapLibreCss, mapSize: size };
}
