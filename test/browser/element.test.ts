/**
 * The `<qantar-map>` element as a guest in an article: it keeps to its box, its styles and its
 * landmarks, whatever the host's stylesheet (a hostile CMS one, Pico's classless theme, Bootstrap's
 * Reboot); it costs an article nothing but its script until it comes near the viewport, and starts
 * MapLibre only when the reader reaches for it.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  axeViolations,
  launch,
  mapLibreStarts,
  blobWorkers,
  paintAndStart,
  reachFor,
  requestPriorities,
  staticReady,
  watchedPage,
  webGlAsked,
} from './chromium.ts';
import type { MapContainer } from '../../src/map/create-map.ts';
import { buildVariants } from './variant.ts';
import { dist } from './static-server.ts';
import { articlePage, snippetFor } from './articles.ts';
import { FIRST_PAINT_WAIT } from '../../src/app/first-paint.ts';

const require = createRequire(import.meta.url);

/** A CMS stylesheet of the kind that breaks embeds: global rules for the elements the app also uses. */
const HOSTILE_CSS = `
* { box-sizing: content-box !important; }
body { font: 19px/2.1 Georgia, serif; color: #222; margin: 0; }
main { padding: 40px; background: #fafaf0; }
aside { float: right; width: 30%; border: 3px solid red; padding: 20px; }
button { text-transform: uppercase; padding: 14px 30px; border-radius: 0; font: bold 18px serif; }
canvas { border: 5px solid lime; }
img { max-width: 50%; border: 2px dashed blue; }
div { line-height: 2.5; letter-spacing: 0.05em; }
ul, ol { list-style: square; margin: 2em; }
svg { border: 2px solid orange; }
h2, h3 { font-family: Impact, serif; }
`;

const ARTICLE = (maps: string, css: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title>${css}</head>
<body><main><article>
<h1>An article about January 2022</h1>
<p>First paragraph of the article, before the maps.</p>
${maps}
<p id="after">The paragraph after the maps.</p>
<div style="height: 5000px"><p>Five screens of reading.</p></div>
<p>Further down, a third map:</p>
<qantar-map id="far" date="2022-01-06" label="Far map"></qantar-map>
<p id="end">The end.</p>
</article></main>
<script type="module" src="./qantar-map.js"></script>
</body></html>`;

const MAPS = `<qantar-map id="one" date="2022-01-05" label="Map of 5 January" style="display:block;width:700px;height:520px"></qantar-map>
<p id="between">Between the maps.</p>
<qantar-map id="two" date="2022-01-06" mode="day" label="Map of 6 January"></qantar-map>
<iframe id="frame" src="./embed.html?date=2022-01-07" title="Map of 7 January" style="width:100%;height:520px;border:0"></iframe>`;

let browser: Browser;
const variants = buildVariants();
let url: string;

beforeAll(async () => {
  browser = await launch();
  url = await variants.serve((dir) => {
    writeFileSync(join(dir, 'hostile.css'), HOSTILE_CSS);
    copyFileSync(require.resolve('@picocss/pico/css/pico.classless.min.css'), join(dir, 'pico.css'));
    copyFileSync(require.resolve('bootstrap/dist/css/bootstrap-reboot.min.css'), join(dir, 'reboot.css'));
    const link = (f: string) => `<link rel="stylesheet" href="./${f}">`;
    writeFileSync(join(dir, 'bare.html'), ARTICLE(MAPS, ''));
    writeFileSync(join(dir, 'hostile.html'), ARTICLE(MAPS, link('hostile.css')));
    writeFileSync(join(dir, 'pico.html'), ARTICLE(MAPS, link('pico.css')));
    writeFileSync(join(dir, 'reboot.html'), ARTICLE(MAPS, link('reboot.css')));
    for (const css of ['', 'hostile.css', 'pico.css', 'reboot.css'])
      writeFileSync(
        join(dir, `nomaps-${css || 'bare'}.html`),
        ARTICLE('', css ? link(css) : '').replace(/<qantar-map[^>]*><\/qantar-map>/g, ''),
      );
    // One element, for comparing its pixels from one stylesheet to another.
    for (const css of ['bare', 'hostile', 'pico', 'reboot'])
      writeFileSync(
        join(dir, `one-${css}.html`),
        ARTICLE(MAPS.split('\n')[0], css === 'bare' ? '' : link(`${css}.css`)).replace(
          /<qantar-map id="far"[^>]*><\/qantar-map>/,
          '',
        ),
      );
    // Only the map five screens down.
    writeFileSync(join(dir, 'far.html'), ARTICLE('', ''));
    // An article with the copy-embed button's snippet on its first screen.
    writeFileSync(
      join(dir, 'copied.html'),
      articlePage(snippetFor(dist, 'http://host/', 'element').replaceAll('http://host/', './'), 'first'),
    );
    // No map yet: the tests add and remove elements.
    writeFileSync(
      join(dir, 'empty.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><main id="host"></main>
<script type="module" src="./qantar-map.js"></script></body></html>`,
    );
    // One element on its own, sized by the test.
    writeFileSync(
      join(dir, 'sized.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sized</title>${link('hostile.css')}</head><body><main>
<qantar-map id="one" date="2022-01-05" label="Sized map"></qantar-map><p id="after">After.</p>
</main><script type="module" src="./qantar-map.js"></script></body></html>`,
    );
  });
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

/** Waits until an element's MapLibre map is idle (its container is in the element's shadow root). */
const elementIdle = (page: Page, id: string) =>
  page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('[data-map-state="idle"]'), id, {
    timeout: 30_000,
  });

/** Waits until the page's maps, in the article's first screens, show their static maps. */
const mapsPainted = async (page: Page) => {
  await staticReady(page, '#one');
  await staticReady(page, '#two');
  await staticReady(page.frameLocator('#frame'));
};

async function open(path: string, viewport = { width: 1000, height: 800 }) {
  const watched = await watchedPage(browser, new URL(url).origin, viewport);
  await watched.page.goto(url + path);
  return watched;
}

describe('keeps to its box', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    ({ page, problems } = await open('sized.html', { width: 1240, height: 1000 }));
  });
  afterAll(() => page.close());

  // One page, its element sized in turn; its static map, waiting for the reader, is the map.
  it.each([
    [320, 360],
    [700, 520],
    [1200, 800],
  ])('at %s × %s: the map and the slider inside, the next paragraph right below', async (width, height) => {
    await page.setViewportSize({ width: width + 40, height: height + 200 });
    await page.evaluate(
      ([w, h]) => {
        const el = document.getElementById('one')!;
        el.style.width = `${w}px`;
        el.style.height = `${h}px`;
      },
      [width, height],
    );
    await staticReady(page, '#one');
    const box = (await page.locator('#one').boundingBox())!;
    expect(Math.round(box.width)).toBe(width);
    expect(Math.round(box.height)).toBe(height);
    const inside = async (selector: string) => {
      const b = (await page.locator(`#one ${selector}`).first().boundingBox())!;
      return (
        b.x >= box.x - 0.5 &&
        b.y >= box.y - 0.5 &&
        b.x + b.width <= box.x + box.width + 0.5 &&
        b.y + b.height <= box.y + box.height + 0.5
      );
    };
    // The map's box (where MapLibre will draw too), the static map in it, the slider and play.
    await expect.poll(() => inside('.stage')).toBe(true);
    expect(await inside('[data-static-map] svg')).toBe(true);
    expect(await inside('input[type="range"]')).toBe(true);
    expect(await inside('button[aria-label="Play"]')).toBe(true);
    // Nothing of the element paints below its box: going down from its edge, the next thing is the paragraph after it.
    const below = await page.evaluate(
      ([x, y]) => {
        for (let dy = 1; dy < 80; dy += 2) {
          const hit = document.elementFromPoint(x, y + dy);
          if (hit?.closest('qantar-map')) return 'the element';
          if (hit?.id) return hit.id;
        }
        return 'nothing';
      },
      [box.x + 10, box.y + box.height],
    );
    expect(below).toBe('after');
    await page.screenshot({ path: `test-results/screenshots/element-${width}x${height}.png` });
    expect(problems).toEqual([]);
  });
});

describe('styles stay home', () => {
  /** One page, taken from article to article: a fresh load each time, without a new browser context. */
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open('nomaps-bare.html'));
  });
  afterAll(() => page.close());

  /** The element's pixels once its static map is on screen with its fonts. */
  async function elementPixels(path: string): Promise<PNG> {
    await page.goto(url + path);
    await staticReady(page, '#one');
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const shot = await page
      .locator('#one')
      .screenshot({ path: `test-results/screenshots/element-on-${path.replace('.html', '')}.png` });
    return PNG.sync.read(shot);
  }

  let barePixels: PNG | undefined;
  it.each(['hostile', 'pico', 'reboot'])('under the %s stylesheet the element looks as on a bare page', async (css) => {
    barePixels ??= await elementPixels('one-bare.html');
    const bare = barePixels;
    const hosted = await elementPixels(`one-${css}.html`);
    expect([hosted.width, hosted.height]).toEqual([bare.width, bare.height]);
    // The host may place the box at a fractional offset, which the browser snaps: compare at the best of ±1 px.
    const share = (dx: number, dy: number) => {
      let differ = 0;
      for (let y = 1; y < bare.height - 1; y++)
        for (let x = 1; x < bare.width - 1; x++) {
          const i = (y * bare.width + x) * 4;
          const j = ((y + dy) * bare.width + x + dx) * 4;
          const d = Math.max(...[0, 1, 2].map((c) => Math.abs(bare.data[i + c] - hosted.data[j + c])));
          if (d > 24) differ++;
        }
      return differ / (bare.width * bare.height);
    };
    const differ = Math.min(...[-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => share(dx, dy))));
    expect(differ).toBeLessThanOrEqual(0.02);
  });

  it.each(['bare', 'hostile.css', 'pico.css', 'reboot.css'])(
    'the host’s own elements keep their computed styles with the maps on the page (%s)',
    async (css) => {
      const styles = async (path: string, maps: boolean) => {
        await page.goto(url + path);
        if (maps) await mapsPainted(page);
        return page.evaluate(() =>
          ['body', 'main', 'h1', '#after', '#end'].map((sel) => {
            const cs = getComputedStyle(document.querySelector(sel)!);
            return [
              'font-family',
              'font-size',
              'line-height',
              'color',
              'margin-top',
              'padding-top',
              'box-sizing',
              'letter-spacing',
            ]
              .map((p) => `${sel} ${p}: ${cs.getPropertyValue(p)}`)
              .join('\n');
          }),
        );
      };
      const withMaps = css === 'bare' ? 'bare.html' : `${css.replace('.css', '')}.html`;
      expect(await styles(withMaps, true)).toEqual(await styles(`nomaps-${css}.html`, false));
    },
  );

  it('adds no rule, class or id to the host document, static or once MapLibre has started', async () => {
    const { page, problems } = await open('hostile.html');
    const host = () =>
      page.evaluate(() => ({
        sheets: [...document.styleSheets].map((s) => s.href?.split('/').pop()),
        headStyles: document.head.querySelectorAll('style').length,
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id).sort(),
      }));
    const expected = {
      sheets: ['hostile.css'],
      headStyles: 0,
      ids: ['after', 'between', 'end', 'far', 'frame', 'one', 'two'],
    };
    await mapsPainted(page);
    expect(await host()).toEqual(expected);
    // The reader reaches for the first map: MapLibre links its stylesheet and registers the label fonts,
    // in the element's shadow root and by the FontFace API, never in the host's head.
    await reachFor(page, 'Zoom in', '#one');
    await elementIdle(page, 'one');
    expect(await host()).toEqual(expected);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('landmarks belong to the host', () => {
  it('axe finds nothing on the page with two elements and an iframe that the page alone lacks', async () => {
    const violations = async (path: string, maps: boolean) => {
      const { page } = await open(path);
      if (maps) await mapsPainted(page);
      const ids = await axeViolations(page);
      await page.close();
      return ids.sort();
    };
    expect(await violations('hostile.html', true)).toEqual(await violations('nomaps-hostile.css.html', false));
  });

  it('renders no main, header or complementary landmark; one labelled figure each', async () => {
    const { page } = await open('bare.html');
    await staticReady(page, '#one');
    const roles = await page.locator('#one').evaluate((el) => {
      const root = el.shadowRoot!;
      return {
        landmarks: root.querySelectorAll('main, header, aside, [role="main"], [role="banner"], [role="complementary"]')
          .length,
        figure: root.querySelector('figure')?.getAttribute('aria-label'),
      };
    });
    expect(roles).toEqual({ landmarks: 0, figure: 'Map of 5 January' });
    await page.close();
  });
});

describe('the copied snippet', () => {
  it.each([375, 1000])(
    'at %i px: its poster takes the element’s box, so nothing moves when the script comes',
    async (width) => {
      /** Where the map and the paragraph after it stand, with the script or where it never runs. */
      const layout = async (javaScriptEnabled: boolean) => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(url + 'copied.html');
        if (javaScriptEnabled) await staticReady(page, 'qantar-map');
        const at = await page.evaluate(() => {
          const top = (el: Element) => Math.round(el.getBoundingClientRect().top);
          return {
            map: top(document.querySelector('qantar-map')!),
            next: top(document.querySelector('qantar-map + p')!),
          };
        });
        await context.close();
        return at;
      };
      const [before, after] = [await layout(false), await layout(true)];
      expect(after.next).toBeGreaterThan(after.map + 250);
      expect(after).toEqual(before);
    },
  );

  it('the article comes first: the script at low priority, the app after the article’s first paint', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1000, height: 800 });
    const priority = await requestPriorities(page);
    const workers = blobWorkers(page);
    await page.goto(url + 'copied.html');
    const { paint, start } = await paintAndStart(page);
    // After the paint; or, where software rendering takes longer to show it, after the wait.
    if (start < FIRST_PAINT_WAIT) expect(paint).toBeLessThanOrEqual(start);
    expect(priority.get('/qantar-map.js')).toBe('Low');
    await staticReady(page, 'qantar-map');
    // ICU's start (the first date formatted) taken off the article's main thread by a worker that ends.
    await expect.poll(() => workers).toEqual([{ url: expect.stringMatching(/^blob:/), ended: true }]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a light guest, by default', () => {
  it('a map five screens down costs nothing but its script until it is near; near, its static map; MapLibre on a reach', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1000, height: 800 });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const started = mapLibreStarts(page);
    const contexts = await webGlAsked(page);
    await page.goto(url + 'far.html');
    await page.waitForLoadState('networkidle');
    // The article and the element's script, one file (no module of its own to find one round trip later);
    // not the app, not the poster (it loads lazily), not MapLibre.
    expect(asked.sort()).toEqual(['/far.html', '/qantar-map.js']);
    expect(
      await page.locator('#far').evaluate((el) => !!el.shadowRoot && customElements.get('qantar-map') !== undefined),
    ).toBe(true);
    // Near: the app paints its static map over the poster, and waits for the reader.
    await page.locator('#far').scrollIntoViewIfNeeded();
    await staticReady(page, '#far');
    const live = () =>
      page.locator('#far').evaluate((el) => el.shadowRoot!.querySelectorAll('canvas, [data-map-state]').length);
    expect(await live()).toBe(0);
    expect(started()).toEqual([]);
    // Not even a WebGL context to test the browser with: that is a long task, for a reader who may never reach.
    expect(await contexts()).toBe(0);
    // The reader clicks the map: MapLibre starts, draws, and the static map steps aside.
    const box = (await page.locator('#far [data-static-map]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 3, box.y + box.height / 3);
    await elementIdle(page, 'far');
    expect(await page.locator('#far canvas').count()).toBe(1);
    expect(started().length).toBeGreaterThan(0);
    expect(await contexts()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('leaves nothing behind', () => {
  /** Adds an element that starts its map at once, sized as the bench's. */
  const add = (page: Page) =>
    page.evaluate(() => {
      const el = document.createElement('qantar-map');
      el.id = 'one';
      el.setAttribute('loading', 'eager');
      el.setAttribute('style', 'width:700px;height:520px');
      document.getElementById('host')!.append(el);
    });

  it('added and removed three times: no font face, listener or WebGL context of it stays on the page', async () => {
    const { page, problems } = await open('empty.html');
    await page.waitForFunction(() => customElements.get('qantar-map'));
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      const counts: number[] = [];
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        counts.push((await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })).listeners.length);
      }
      return counts;
    };
    const after: { fonts: number; listeners: number[]; contextLost: boolean }[] = [];
    for (let i = 0; i < 3; i++) {
      await add(page);
      await elementIdle(page, 'one');
      const contextLost = await page.evaluate(async () => {
        const el = document.getElementById('one')!;
        const canvas = el.shadowRoot!.querySelector('canvas')!;
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, 100));
        return canvas.getContext('webgl2')!.isContextLost();
      });
      after.push({ fonts: await page.evaluate(() => document.fonts.size), listeners: await listeners(), contextLost });
    }
    // The static map's faces are the page's, added once; MapLibre's go with their map.
    expect(after[0].fonts).toBe(8);
    expect(after.map((a) => a.fonts)).toEqual([8, 8, 8]);
    expect(after[2].listeners).toEqual(after[0].listeners);
    expect(after.map((a) => a.contextLost)).toEqual([true, true, true]);
    expect(problems).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('removed once its map has loaded, before it has drawn: the map goes with it', async () => {
    const { page, problems } = await open('empty.html');
    await page.waitForFunction(() => customElements.get('qantar-map'));
    await add(page);
    // MapLibre's 'load' comes before its first 'idle' (or in the same frame): the element goes right after it.
    const lost = await page.evaluate(async () => {
      const el = document.getElementById('one')!;
      const map = await new Promise<NonNullable<MapContainer['qantarMap']>>((resolve) => {
        const find = () => {
          const container = el.shadowRoot?.querySelector<MapContainer>('[data-map-state]');
          if (container?.qantarMap) resolve(container.qantarMap);
          else requestAnimationFrame(find);
        };
        find();
      });
      const canvas = map.getCanvas();
      await new Promise<void>((resolve) => map.once('load', () => setTimeout(resolve)));
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return canvas.getContext('webgl2')!.isContextLost();
    });
    expect(lost).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
