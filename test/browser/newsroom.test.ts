/**
 * The embed as a newsroom developer meets it: the README's own snippets, and what the copy buttons
 * write (src/embed/snippet.ts), pasted into articles on another origin than the build's, which is
 * served with the headers of the build's own `_headers` file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, watchedPage } from './chromium.ts';
import { dist, serveStatic, type StaticServer } from './static-server.ts';
import { readmeSnippet } from './readme.ts';
import { snippetFor } from './articles.ts';
import type { View } from '../../src/model/url-state.ts';

/** Requests to either test server are the page's own; anything else is foreign. */
const LOCAL = 'http://127.0.0.1:';
/** A view in the copied code (the moment on screen when it was copied): MapLibre draws it at once. */
const VIEW: View = { lng: 68, lat: 48, zoom: 4 };

/** A host's `_headers` file (Netlify, Cloudflare Pages) as the headers it gives each path. */
function headersFile(text: string): (path: string) => Record<string, string> {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name.trim()] = value.join(':').trim();
    }
  }
  const matches = (pattern: string, path: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return (path) => Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}

const ARTICLE = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>An article</title>${head}</head><body><main>${body}</main></body></html>`;

let browser: Browser;
/** The build, as a host serves it with its `_headers`; and as one that sends CORS with scripts and styles only. */
let app: StaticServer;
let scriptsOnly: StaticServer;
let host: StaticServer;

beforeAll(async () => {
  browser = await launch();
  app = await serveStatic(dist, headersFile(readFileSync(join(dist, '_headers'), 'utf8')));
  scriptsOnly = await serveStatic(dist, (path): Record<string, string> =>
    /\.(js|css)$/.test(path) ? { 'Access-Control-Allow-Origin': '*' } : {},
  );
  const dir = mkdtempSync(join(tmpdir(), 'qantar-newsroom-'));
  const hostApi = readmeSnippet('html', ['DOMContentLoaded', 'Qantar.setDate'], app.url);
  const copied = (kind: 'iframe' | 'element', site = app.url, view?: View) =>
    snippetFor(dist, site, kind, { date: '2022-01-05', mode: 'day', view });
  writeFileSync(
    join(dir, 'iframe-readme.html'),
    ARTICLE(readmeSnippet('html', ['<iframe', 'data-qantar', 'loading="lazy"'], app.url) + hostApi),
  );
  writeFileSync(join(dir, 'iframe-copied.html'), ARTICLE(copied('iframe') + hostApi));
  // The README's element and the copied one, side by side.
  writeFileSync(
    join(dir, 'elements.html'),
    ARTICLE(
      readmeSnippet('html', ['<qantar-map date="2022-01-05" mode="day"'], app.url) + copied('element', app.url, VIEW),
    ),
  );
  writeFileSync(join(dir, 'element-scripts-only.html'), ARTICLE(copied('element', scriptsOnly.url)));
  // The README's scroll story, with the element and with the iframe: the first step, as the README
  // writes it, is where the page opens; then a step that selects nothing, and one gone wrong.
  const css = readmeSnippet('css', ['position: sticky', '.map iframe'], app.url);
  // Steps a screen tall, so the first one stands at the middle of the viewport on load.
  const head = `<style>${css}\n.steps > section { min-height: 100vh; }</style>`;
  const more = `<section id="later" data-qantar-step data-date="2022-01-10" data-mode="day"><p>On 10 January…</p></section>
    <section id="bad-select" data-qantar-step data-date="2022-01-08" data-select="no-such-event"><p>Wrong.</p></section>`;
  for (const [name, markup] of [
    ['element', readmeSnippet('html', ['data-qantar-step', '<qantar-map'], app.url)],
    ['iframe', readmeSnippet('html', ['data-qantar-step', '<iframe'], app.url)],
  ])
    writeFileSync(
      join(dir, `steps-${name}.html`),
      ARTICLE(markup.replace('<section', '<section id="opening"').replace('<!-- more steps -->', more), head),
    );
  host = await serveStatic(dir);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([app, scriptsOnly, host].map((s) => s?.close()));
});

/** Every console message of the page and its frames but the debug ones, as `type: text`. */
const consoleOf = (page: Page) => {
  const messages: string[] = [];
  page.on('console', (m) => m.type() !== 'debug' && messages.push(`${m.type()}: ${m.text()}`));
  return messages;
};
const embedFrame = (page: Page): Frame => page.frames().find((f) => /embed\.html/.test(f.url()))!;
/** Waits until the `<qantar-map>` that `selector` picks has drawn its MapLibre map. */
const elementIdle = (page: Page, selector = 'qantar-map', timeout = 30_000) =>
  page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[data-map-state="idle"]'),
    selector,
    { timeout },
  );

describe('the iframe with qantar-host.js, on another origin', () => {
  it.each([
    ["the README's snippet", 'iframe-readme.html'],
    ['the copied embed code', 'iframe-copied.html'],
  ])(
    '%s: calls made on DOMContentLoaded wait for the embed and apply in order; ready once; no warning',
    async (_, path) => {
      const { page, problems, foreignRequests } = await watchedPage(browser, LOCAL, { width: 900, height: 900 });
      const messages = consoleOf(page);
      await page.goto(host.url + path);
      // The README's script logs what the iframe tells it: ready on the date of its src, then the date it was asked
      // for. Nothing here needs MapLibre: the calls are the embed's whatever draws its map.
      await expect
        .poll(() => messages.filter((m) => m.startsWith('log: the map shows')), { timeout: 30_000 })
        .toEqual(['log: the map shows 2022-01-08']);
      expect(await embedFrame(page).url()).toMatch(
        /[?&]mode=day.*[?&]date=2022-01-08|[?&]date=2022-01-08.*[?&]mode=day/,
      );
      expect(await page.frameLocator('iframe').locator('input[type="range"]').getAttribute('aria-valuetext')).toMatch(
        /^8 January 2022/,
      );
      expect(messages).toEqual(['log: the map is ready on 2022-01-05', 'log: the map shows 2022-01-08']);
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
    120_000,
  );
});

describe('<qantar-map> on another origin', () => {
  it("the README's snippet and the copied code, from a build served with its _headers: both draw, and MapLibre adds no font face", async () => {
    const { page, problems, foreignRequests } = await watchedPage(browser, LOCAL, { width: 900, height: 900 });
    await page.goto(host.url + 'elements.html');
    // The copied code's map, with its view, runs MapLibre: what MapLibre adds to the page is what is asked.
    await elementIdle(page, 'qantar-map[view]', 50_000);
    const dates = await page
      .locator('qantar-map')
      .evaluateAll((els) =>
        els.map(
          (el) => el.shadowRoot!.querySelector('input[type="range"]')!.getAttribute('aria-valuetext')!.split(',')[0],
        ),
      );
    expect(dates).toEqual(['5 January 2022', '5 January 2022']);
    // The one family the README names, and nothing of MapLibre's, while the maps run.
    const families = await page.evaluate(() => [
      ...new Set([...document.fonts].map((f) => f.family.replace(/"/g, ''))),
    ]);
    expect(families).toEqual(['Qantar Noto Sans']);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  }, 90_000);

  it('from a host that sends CORS headers with its scripts alone: one console message names the fix', async () => {
    const { page, problems } = await watchedPage(browser, LOCAL, { width: 900, height: 900 });
    await page.goto(host.url + 'element-scripts-only.html');
    const origin = new URL(scriptsOnly.url).origin;
    await expect
      .poll(() => problems.filter((p) => p.startsWith('console error: Qantar:')), { timeout: 30_000 })
      .toEqual([
        `console error: Qantar: the map's files on ${origin} were refused by the browser: this page is on another ` +
          `origin, and their server must send "Access-Control-Allow-Origin: *" with them (the build's _headers and ` +
          `.htaccess files do; see "Hosting on another origin" in the README).`,
      ]);
    // The reader still has the map's picture, a link to the full page: the poster stays when the app cannot come.
    expect(await page.locator('qantar-map a img').isVisible()).toBe(true);
    expect(await page.locator('qantar-map .root').isVisible()).toBe(false);
    // Nothing else of ours went wrong: only the browser's own reports of the files it refused.
    expect(problems.filter((p) => !p.startsWith('console error: Qantar:') && !/CORS|net::ERR_FAILED/.test(p))).toEqual(
      [],
    );
    await page.close();
  });
});

describe("the README's scroll story, on another origin", () => {
  /**
   * The map's date, the event whose popup is on screen, and whether MapLibre has drawn (the static map, and
   * its popup, then hidden).
   */
  const probe = async (page: Page, kind: string) => {
    const root = kind === 'iframe' ? embedFrame(page) : page;
    const state = await root.evaluate((kind) => {
      const doc: Document | ShadowRoot =
        kind === 'iframe' ? document : document.querySelector('qantar-map')!.shadowRoot!;
      return {
        date: doc.querySelector('input[type="range"]')?.getAttribute('aria-valuetext')?.split(',')[0] ?? null,
        popup:
          [...doc.querySelectorAll('.qantar-popup')].find((p) => p.checkVisibility())?.getAttribute('data-event-id') ??
          null,
        live: doc.querySelector('[data-map-state="idle"]') !== null,
      };
    }, kind);
    return state;
  };
  async function scrollTo(page: Page, id: string) {
    const y = await page.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top + r.height / 2 - innerHeight / 2;
    }, id);
    await page.mouse.move(40, 600);
    await page.mouse.wheel(0, y);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return Math.abs(r.top + r.height / 2 - innerHeight / 2) < 20;
    }, id);
  }

  it.each(['element', 'iframe'])(
    'with the %s: the map fills its sticky box; the opening step selects; a step without a selection clears it; a bad step is named',
    async (kind) => {
      const { page, problems, foreignRequests } = await watchedPage(browser, LOCAL, { width: 1280, height: 800 });
      const messages = consoleOf(page);
      await page.goto(`${host.url}steps-${kind}.html`);
      const map = page.locator('#crisis');
      const box = (await map.boundingBox())!;
      // The README's CSS sizes the map whichever it is (an iframe of no size of its own is 300 × 150).
      expect({ width: box.width > 600, height: box.height }).toEqual({ width: true, height: 800 });
      // The step at the middle of the viewport on load applies whole, its selection too, on the map MapLibre draws
      // for its view (its first draw at zoom 10 over Almaty takes a while in software GL).
      await expect
        .poll(() => probe(page, kind), { timeout: 60_000 })
        .toEqual({ date: '5 January 2022', popup: 'akimat-stormed', live: true });
      await scrollTo(page, 'later');
      await expect
        .poll(() => probe(page, kind), { timeout: 15_000 })
        .toEqual({ date: '10 January 2022', popup: null, live: true });
      await scrollTo(page, 'bad-select');
      const warning =
        'warning: Qantar: step 3 (#bad-select): select "no-such-event" is not an event of the story: ignored';
      await expect.poll(() => messages.filter((m) => m.startsWith('warning:'))).toEqual([warning]);
      expect((await probe(page, kind)).date).toBe('10 January 2022');
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
