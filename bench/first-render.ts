import type { Browser } from 'playwright-core';
import { closeMap, openMap, probe } from './pages.ts';
import type { BenchServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';

export interface FirstRenderResult {
  app: Summary;
  baseline: Summary;
  /** App median over baseline median. */
  ratio: number;
}

/**
 * Navigation start to the map container's first `idle` (style, every source and the font loaded and
 * drawn), each run in a fresh browser context, app and baseline alternating after one discarded
 * warm-up of each.
 */
export async function measureFirstRender(
  browser: Browser,
  server: BenchServer,
  size: { w: number; h: number },
  runs: number,
): Promise<FirstRenderResult> {
  server.setStory(null);
  const pages = { app: server.url('app'), baseline: `${server.url('baseline')}?w=${size.w}&h=${size.h}` };
  const times: Record<keyof typeof pages, number[]> = { app: [], baseline: [] };
  for (let run = -1; run < runs; run++) {
    for (const which of run % 2 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
      const watched = await openMap(browser, pages[which]);
      const { idleAt } = await probe(watched.page);
      await closeMap(watched, `first render (${which})`);
      if (idleAt === null) throw new Error(`no idle time recorded for ${which}`);
      if (run >= 0) times[which].push(idleAt);
    }
  }
  server.takeLog();
  const app = summarize(times.app);
  const baseline = summarize(times.baseline);
  return { app, baseline, ratio: app.median / baseline.median };
}
