/**
 * Lighthouse (mobile: a mid-range phone on slow 4G, simulated) on the built pages and on the
 * MapLibre-only baseline, served gzip'd as any host serves them, in Debian's Chromium with the flags
 * the browser tests use. The median of a few runs per page, by performance score.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS } from '../test/browser/chromium.ts';
import { serveBench } from './server.ts';

export interface LighthouseRun {
  /** Category scores, 0 to 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, as Lighthouse's simulation estimates them. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

export interface LighthouseResult {
  page: string;
  runs: LighthouseRun[];
  median: LighthouseRun;
}

const score = (x: number | null | undefined) => Math.round((x ?? 0) * 100);

/** Lighthouse `runs` times on each page (`name` → path under a mount), in one Chromium. */
export async function measureLighthouse(
  mounts: Record<string, string>,
  pages: Record<string, string>,
  runs: number,
): Promise<LighthouseResult[]> {
  const server = await serveBench(mounts, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [page, path] of Object.entries(pages)) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.origin}/${path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const { categories, audits } = result.lhr;
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${result.lhr.runtimeError.message}`);
        all.push({
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories['best-practices']?.score),
          seo: score(categories.seo?.score),
          fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
          lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: audits['total-blocking-time']?.numericValue ?? NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      }
      const sorted = [...all].sort((a, b) => a.performance - b.performance);
      results.push({ page, runs: all, median: sorted[Math.floor(sorted.length / 2)] });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
