import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { drawn, launch, mapIdle, reachFor, staticReady, watchedPage } from './chromium.ts';
import { dist } from './static-server.ts';
import { buildVariants, replaceStory } from './variant.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
const variants = buildVariants();
const serveVariant = variants.serve;

const story = () => JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8'));
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

describe('without WebGL', () => {
  /** The story markers the static map draws, by event id. */
  const markers = (page: Page) =>
    page
      .locator('[data-static-map] [data-marker-id]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-marker-id')));

  it('says only what is missing; the static map is the map: it follows the slider and play, its markers open popups', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, problems } = await watchedPage(noGl, new URL(baseUrl).origin);
      await page.goto(baseUrl);
      await page.getByRole('alert').filter({ hasText: 'cannot be panned or zoomed' }).waitFor();
      // The static map is redrawn from the base map's files once they have come.
      await page.locator('[data-static-map][data-redrawn]').waitFor({ state: 'attached' });
      const first = await markers(page);
      expect(first).toContain('zhanaozen-protest-begins');
      expect(first).not.toContain('airport-seized');

      await slider(page).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => markers(page)).toContain('airport-seized');

      // Every day, the panel lists what the count says.
      await page.keyboard.press('Home');
      for (let day = 0; day < 18; day++) {
        const listed = await page.locator('[data-event-id]').count();
        const said = Number((await page.locator('.count').innerText()).match(/^(\d+)/)![1]);
        expect(listed).toBe(said);
        await page.keyboard.press('ArrowRight');
      }

      await page.keyboard.press('Home');
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => slider(page).getAttribute('aria-valuetext'), { timeout: 15_000 }).toMatch(/^6 January/);
      await page.getByRole('button', { name: 'Pause' }).click();

      // A marker at Aktau, clicked where it is drawn: the popup is the topmost marker's there.
      const marker = page.locator('[data-static-map] [data-marker-id="aktau-protest"]');
      const box = (await marker.locator('circle').last().boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const title = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-marker-id]')?.getAttribute('aria-label'),
        [x, y],
      );
      await page.mouse.click(x, y);
      await expect.poll(() => page.getByRole('dialog').innerText()).toContain(title);
      await page.keyboard.press('Escape');
      // Said once, on the page: not also as an error in the console.
      expect(problems).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('missing files', () => {
  it('a missing map layer gets a readable message; the rest of the map works', async () => {
    const url = await serveVariant((dir) => rmSync(join(dir, 'data/border.topojson')));
    const { page } = await watchedPage(browser, new URL(url).origin);
    await page.goto(url);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Part of the map (Kazakhstan–Russia border) could not be loaded' })
      .waitFor();
    await mapIdle(page);
    expect(await drawn(page, 'countries-fill', 'name')).not.toEqual([]);
    expect(await drawn(page, 'events', 'id')).not.toEqual([]);
  });

  it('a missing story gets a readable message over a working base map', async () => {
    const url = await serveVariant((dir) => replaceStory(dir, null));
    const { page } = await watchedPage(browser, new URL(url).origin);
    await page.goto(url);
    await page.getByRole('alert').filter({ hasText: 'The story could not be loaded' }).waitFor();
    await mapIdle(page);
    expect(await drawn(page, 'countries-fill', 'name')).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia']));
  });

  it('a missing font leaves labels drawn in a local font, not a blank map', async () => {
    const url = await serveVariant((dir) => {
      for (const folder of ['assets', 'fonts'])
        for (const f of readdirSync(join(dir, folder))) if (f.endsWith('.woff2')) rmSync(join(dir, folder, f));
    });
    const { page } = await watchedPage(browser, new URL(url).origin);
    await page.goto(url);
    await mapIdle(page);
    expect((await drawn(page, 'city-labels', 'name_en')).length).toBeGreaterThan(5);
  });
});

describe('broken and hostile story data', () => {
  it('a broken event is left out and named with its field; the rest of the story shows', async () => {
    const url = await serveVariant((dir) => {
      const s = story();
      s.features[0].properties.date = '2022-02-30';
      replaceStory(dir, s);
    });
    const { page, problems } = await watchedPage(browser, new URL(url).origin);
    await page.goto(url);
    await mapIdle(page);
    const alert = page.getByRole('alert').filter({ hasText: 'One event of the story could not be shown' });
    await alert.waitFor();
    await alert.locator('summary').click();
    expect(await alert.innerText()).toMatch(/event "[\w-]+": date: expected ISO date YYYY-MM-DD, got "2022-02-30"/);
    expect(await drawn(page, 'events', 'id')).not.toEqual([]);
    expect(problems).toEqual([]);
  });

  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '</script><script>window.__pwned=1</script>',
    '<a href="javascript:window.__pwned=1">click</a>',
    'مرحبا ‮ Ҡазаҡстан é 🇰🇿',
    'x'.repeat(3000),
  ];

  it('renders every payload as text, executes nothing, in the panel, the popup, the inset and aria', async () => {
    const url = await serveVariant((dir) => {
      const s = story();
      s.features.forEach((f: { properties: Record<string, unknown> }, i: number) => {
        const p = payloads[i % payloads.length];
        Object.assign(f.properties, { title: p, summary: p, placeName: p, certainty: 'claimed', certaintyBy: p });
      });
      replaceStory(dir, s);
      const sources = Object.fromEntries(
        s.features.map((f: { properties: { id: string } }, i: number) => {
          const p = payloads[i % payloads.length];
          return [
            f.properties.id,
            [{ kind: 'seed', seed: p, headline: p, outlet: p, quote: p, quoteLang: 'en', supports: ['event'] }],
          ];
        }),
      );
      writeFileSync(join(dir, 'data/sources.json'), JSON.stringify(sources));
    });
    const { page, problems } = await watchedPage(browser, new URL(url).origin);
    await page.goto(`${url}?date=2022-01-05`);
    await mapIdle(page);
    await page.locator('[data-event-id] h3 button').first().click();
    await page.locator('.maplibregl-popup').waitFor();
    // Open every source list, so their text is rendered too.
    await page.locator('main details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator('.sources li').first().waitFor();
    const text = await page.locator('body').innerText();
    for (const p of payloads.slice(0, 3)) expect(text).toContain(p);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, main a[href^="javascript"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('bad URL options', () => {
  /** Deterministic generator, so a failing case can be rerun. */
  function* badQueries(count: number) {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const names = ['date', 'mode', 'view', 'autoplay', 'layers', 'panel', 'theme', 'hostOrigin', 'childId', 'zzz'];
    const values = [
      '',
      'NaN',
      '-1',
      '1e309',
      '9'.repeat(400),
      '<script>alert(1)</script>',
      '%00',
      '2022-02-30',
      '2022-01-99',
      '1999-01-01',
      '2030-01-01',
      '../../etc/passwd',
      'javascript:alert(1)',
      '🇰🇿',
      ',,,',
      '1,2',
      'NaN,NaN,NaN',
      '-200,100,99',
      '0,0,-5',
      'Infinity,1,1',
      'true',
      'dark',
      'protest,,csto,x',
      'day',
    ];
    for (let i = 0; i < count; i++) {
      const parts = Array.from({ length: 1 + rand(4) }, () => {
        const v = values[rand(values.length)];
        return `${names[rand(names.length)]}=${rand(3) ? encodeURIComponent(v) : v}`;
      });
      yield `?${parts.join('&')}`;
    }
  }

  it('300 generated bad query strings: no page error, never a blank map', async () => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin);
    const queries = [...badQueries(300)];
    for (const [i, q] of queries.entries()) {
      if (i % 30 === 0) {
        // A real load with this query, through to a drawn map: the static map, until the reader reaches for it.
        await page.goto(`${baseUrl}embed.html${q}`);
        await staticReady(page);
        expect(await page.locator('[data-static-map] svg .land > *').count(), q).toBeGreaterThan(0);
      } else {
        // The same options read again on Back/Forward.
        await page.evaluate((q) => {
          history.pushState(null, '', `${location.pathname}${q}`);
          dispatchEvent(new PopStateEvent('popstate'));
        }, q);
      }
      expect(await slider(page).getAttribute('aria-valuetext'), q).toMatch(/^\d{1,2} January 2022, \d+ events?$/);
    }
    // The last options, on the interactive map once the reader reaches for it.
    await reachFor(page, 'Zoom in');
    await mapIdle(page);
    expect(await drawn(page, 'countries-fill', 'name')).not.toEqual([]);
    expect(problems).toEqual([]);
  }, 150_000);
});
