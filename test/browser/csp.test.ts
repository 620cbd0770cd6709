import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapIdle, reachFor, watchedPage } from './chromium.ts';
import { dist, serveStatic, type StaticServer } from './static-server.ts';

/** Stricter than the policy a newsroom is asked to allow: no inline style either. */
const policy =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'";

let browser: Browser;
let server: StaticServer;
let hostDir: string;

beforeAll(async () => {
  // A host page of the element's, with no inline script or style of its own.
  const dir = mkdtempSync(join(tmpdir(), 'qantar-csp-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(
    join(dir, 'csp-element.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<qantar-map date="2022-01-06" loading="eager" label="Map"></qantar-map>
<script type="module" src="./qantar-map.js"></script></body></html>`,
  );
  hostDir = dir;
  server = await serveStatic(dir, {
    'content-security-policy': policy,
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/** A page watched for CSP violations. */
async function watchedForViolations() {
  const watched = await watchedPage(browser, new URL(server.url).origin);
  const violations: string[] = [];
  await watched.page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await watched.page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  return { ...watched, violations };
}

describe('under a strict Content-Security-Policy', () => {
  it.each(['', 'embed.html'])('the prerendered page %s loads, goes idle and draws, with no violation', async (path) => {
    const { page, problems, violations } = await watchedForViolations();
    await page.goto(server.url + path);
    // The embed waits for the reader to reach for its map; the full page starts it by itself.
    if (path) await reachFor(page, 'Zoom in');
    await mapIdle(page);
    const drawn = await page.evaluate(
      () =>
        document
          .querySelector<HTMLElement & { qantarMap?: { queryRenderedFeatures: (o: object) => unknown[] } }>(
            '[data-map-state]',
          )!
          .qantarMap!.queryRenderedFeatures({ layers: ['line:kazakhstan-russia-border'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the element draws in its shadow root, with no violation', async () => {
    const { page, problems, violations } = await watchedForViolations();
    await page.goto(`${server.url}csp-element.html`);
    await page.waitForFunction(
      () => document.querySelector('qantar-map')?.shadowRoot?.querySelector('[data-map-state="idle"]'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator('qantar-map canvas').count()).toBe(1);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("an event's page takes the reader on to the map at the event, with no violation", async () => {
    const { page, problems, violations } = await watchedForViolations();
    await page.goto(`${server.url}e/akimat-stormed.html`);
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('event') === 'akimat-stormed');
    await page.locator('li.selected[data-event-id="akimat-stormed"]').waitFor();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
