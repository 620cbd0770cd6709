import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapIdle, watchedPage } from './chromium.ts';
import { dist, serveStatic, type StaticServer } from './static-server.ts';

/** Stricter than the policy a newsroom is asked to allow: no inline style either. */
const policy =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(dist, {
    'content-security-policy': policy,
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under a strict Content-Security-Policy', () => {
  it('the map loads, goes idle and draws, with no violation', async () => {
    const { page, problems } = await watchedPage(browser, new URL(server.url).origin);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await page.goto(server.url);
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
});
