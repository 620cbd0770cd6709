/**
 * Scrollytelling: an article's own paragraphs (`data-qantar-step`) drive the map as the reader
 * scrolls, in the page (`<qantar-map>`) and through an iframe (`qantar-host.js`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { axeViolations, drawn, launch, staticReady, watchedPage } from './chromium.ts';
import { buildVariants } from './variant.ts';

const STEPS = (target = '') => `
<section class="step" id="s1" data-qantar-step data-date="2022-01-03" data-view="story"${target}><p>On 3 January the protests spread.</p></section>
<section class="step" id="s2" data-qantar-step data-date="2022-01-05" data-mode="day" data-view="76.95,43.25,10" data-select="akimat-stormed"${target}><p>On 5 January crowds stormed the city administration.</p></section>
<section class="step" id="s3" data-qantar-step data-date="2022-01-11" data-mode="cumulative" data-view="68,48,4" data-layers="csto"${target}><p>On 11 January the mission was declared complete.</p></section>`;

const PAGE = (map: string, body: string, script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A scroll story</title><link rel="stylesheet" href="./steps.css"></head><body>
<div class="sticky">${map}</div>
<main><div class="spacer"></div>${body}<div class="spacer"></div></main>${script}</body></html>`;

const CSS = `body { margin: 0; font: 18px/1.5 Georgia, serif; }
.sticky { position: sticky; top: 0; height: 50vh; z-index: 1; }
.sticky > * { display: block; width: 100%; height: 100%; border: 0; }
.step { min-height: 90vh; max-width: 36em; margin: 0 auto; }
.spacer { height: 100vh; }
.two { display: grid; grid-template-columns: 1fr 1fr; }`;

const ELEMENT = `<script type="module" src="./qantar-map.js"></script>`;
const HOST = `<script src="./qantar-host.js" defer></script>`;

let browser: Browser;
const variants = buildVariants();
let url: string;

beforeAll(async () => {
  browser = await launch();
  url = await variants.serve((dir) => {
    writeFileSync(join(dir, 'steps.css'), CSS);
    writeFileSync(
      join(dir, 'element.html'),
      PAGE('<qantar-map id="m" loading="eager" panel="true"></qantar-map>', STEPS(), ELEMENT),
    );
    writeFileSync(
      join(dir, 'iframe.html'),
      PAGE('<iframe id="m" data-qantar src="./embed.html" title="Map"></iframe>', STEPS(), HOST),
    );
    // Two maps, each with its own steps; and steps gone wrong.
    writeFileSync(
      join(dir, 'two.html'),
      PAGE(
        `<div class="two"><qantar-map id="a" loading="eager"></qantar-map><qantar-map id="b" loading="eager"></qantar-map></div>`,
        `<section class="step" data-qantar-step data-qantar-target="a" data-date="2022-01-06"><p>A.</p></section>
         <section class="step" data-qantar-step data-qantar-target="b" data-date="2022-01-13"><p>B.</p></section>`,
        ELEMENT,
      ),
    );
    writeFileSync(
      join(dir, 'bad.html'),
      PAGE(
        '<qantar-map id="m" loading="eager"></qantar-map>',
        `<section class="step" id="late" data-qantar-step data-date="2023-01-05"><p>Outside.</p></section>
         <section class="step" id="view" data-qantar-step data-date="2022-01-06" data-view="here"><p>Malformed view.</p></section>
         <section class="step" id="who" data-qantar-step data-date="2022-01-06" data-select="nobody"><p>Unknown event.</p></section>
         <section class="step" id="where" data-qantar-step data-qantar-target="nothing" data-date="2022-01-06"><p>No such map.</p></section>
         <section class="step" id="layers" data-qantar-step data-date="2022-01-08" data-layers="csto,nukes"><p>An unknown layer.</p></section>
         <section class="step" id="good" data-qantar-step data-date="2022-01-07"><p>A good step.</p></section>`,
        ELEMENT,
      ),
    );
  });
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

/**
 * The map's state, from inside the element's shadow root or the iframe's document. `marked`: the
 * MapLibre map is the one `mark` marked, not a new one.
 */
type Probe = () => Promise<{ date: string | null; zoom: number; selected: string | null; marked: boolean }>;
const read = (root: Document | ShadowRoot) => {
  const map = root.querySelector<MapContainer>('[data-map-state]')?.qantarMap as
    (NonNullable<MapContainer['qantarMap']> & { qantarMark?: boolean }) | undefined;
  return {
    marked: map?.qantarMark === true,
    date: root.querySelector('input[type="range"]')?.getAttribute('aria-valuetext')?.split(',')[0] ?? null,
    zoom: map?.getZoom() ?? NaN,
    // The selected event: in the panel where there is one, else in the popup on the map.
    selected: root.querySelector('.event.selected, .qantar-popup')?.getAttribute('data-event-id') ?? null,
  };
};
const MARK = `root.querySelector('[data-map-state]').qantarMap.qantarMark = true`;
const elementProbe =
  (page: Page, id = 'm'): Probe =>
  () =>
    page.locator(`#${id}`).evaluate((el, body) => new Function('root', body)(el.shadowRoot), `return (${read})(root)`);
const frameProbe =
  (frame: () => Frame): Probe =>
  () =>
    frame().evaluate((body) => new Function('root', body)(document), `return (${read})(root)`);

/** What a page's map draws and how to mark it, for checking a step's layers. */
interface LayersProbe {
  drawn(group: string): Promise<string[]>;
  mark(): Promise<void>;
}
const elementLayers = (page: Page, id = 'm'): LayersProbe => ({
  drawn: (group) => drawn(page, group, 'category', `#${id}`),
  mark: () => page.locator(`#${id}`).evaluate((el, body) => new Function('root', body)(el.shadowRoot), MARK),
});
const frameLayers = (frame: () => Frame): LayersProbe => ({
  drawn: (group) => drawn(frame(), group),
  mark: () => frame().evaluate((body) => new Function('root', body)(document), MARK),
});

/** Scrolls a step's middle to the viewport's middle, as a reader would with the wheel. */
async function scrollTo(page: Page, id: string) {
  const y = await page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return r.top + r.height / 2 - innerHeight / 2;
  }, id);
  // Over the article's text, as a reader scrolls (over the map, MapLibre shows its "use Ctrl + scroll" hint).
  await page.mouse.move(40, 600);
  await page.mouse.wheel(0, y);
  // The wheel scrolls smoothly: wait until the step stands at the middle, so the next one starts from here.
  await page.waitForFunction((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return Math.abs(r.top + r.height / 2 - innerHeight / 2) < 20;
  }, id);
}

async function checkSteps(page: Page, probe: Probe, layers: LayersProbe) {
  const settle = async (date: string, zoom: number | null, selected: string | null) => {
    await expect.poll(async () => (await probe()).date, { timeout: 15_000 }).toBe(date);
    if (zoom !== null)
      await expect.poll(async () => Math.abs((await probe()).zoom - zoom), { timeout: 15_000 }).toBeLessThan(0.5);
    if (selected) await expect.poll(async () => (await probe()).selected).toBe(selected);
  };
  await scrollTo(page, 's1');
  await settle('3 January 2022', null, null);
  await scrollTo(page, 's2');
  await settle('5 January 2022', 10, 'akimat-stormed');
  // Where the map was static, this step's view started MapLibre: it draws the day once it has loaded.
  await expect.poll(() => layers.drawn('events'), { timeout: 15_000 }).toContain('seizure');
  await layers.mark();
  // A step with data-layers="csto": only the CSTO's events and routes, on the same map, at the step's moment.
  await scrollTo(page, 's3');
  await settle('11 January 2022', 4, null);
  await expect.poll(() => layers.drawn('events'), { timeout: 15_000 }).toEqual(['csto']);
  expect(await layers.drawn('routes')).toEqual(['csto']);
  expect((await probe()).marked).toBe(true);
  // Back up: the earlier step again, with every layer.
  await scrollTo(page, 's2');
  await settle('5 January 2022', 10, 'akimat-stormed');
  await expect.poll(() => layers.drawn('events'), { timeout: 15_000 }).toContain('seizure');
  expect((await probe()).marked).toBe(true);
}

describe('steps drive the map', () => {
  it('in the page, with <qantar-map>: date, mode, view, selection and layers; back up restores', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    await page.goto(url + 'element.html');
    await page.locator('#m [data-map-state="idle"]').waitFor({ timeout: 30_000 });
    await checkSteps(page, elementProbe(page), elementLayers(page));
    // The step's date was said once, politely; focus stayed where it was.
    expect(
      await page.locator('#m').evaluate((el) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent),
    ).toBe('5 January 2022');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('through an iframe, with qantar-host.js', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    await page.goto(url + 'iframe.html');
    const frame = () => page.frame({ url: /embed\.html/ })!;
    // The iframe waits on its static map (loading="interaction"): no reader reaches for it here, and the
    // first step's view is one the static map draws. The second step's (zoom 10) is not: it starts MapLibre.
    await staticReady(page.frameLocator('#m'));
    expect(await page.frameLocator('#m').locator('[data-map-state]').count()).toBe(0);
    await checkSteps(page, frameProbe(frame), frameLayers(frame));
    // The steps' map keeps the sticky box the page gave it (half the viewport), and fits it: the host script does not grow it.
    expect(await page.locator('#m').evaluate((f) => f.getBoundingClientRect().height)).toBe(400);
    expect(await frame().evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('under reduced motion, the view jumps', async () => {
    const { page } = await watchedPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url + 'element.html');
    await page.locator('#m [data-map-state="idle"]').waitFor({ timeout: 30_000 });
    const probe = elementProbe(page);
    await scrollTo(page, 's2');
    await expect.poll(async () => (await probe()).date).toBe('5 January 2022');
    // No easing: the next frame is already there.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Math.abs((await probe()).zoom - 10)).toBeLessThan(0.01);
    await page.close();
  });

  it('two maps on one page follow their own steps', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    await page.goto(url + 'two.html');
    await page.locator('#b [data-map-state="idle"]').waitFor({ timeout: 30_000 });
    const [a, b] = [elementProbe(page, 'a'), elementProbe(page, 'b')];
    const steps = page.locator('[data-qantar-step]');
    await steps.nth(0).evaluate((s) => s.setAttribute('id', 'sa'));
    await steps.nth(1).evaluate((s) => s.setAttribute('id', 'sb'));
    await scrollTo(page, 'sa');
    await expect.poll(async () => (await a()).date).toBe('6 January 2022');
    expect((await b()).date).toBe('2 January 2022');
    await scrollTo(page, 'sb');
    await expect.poll(async () => (await b()).date).toBe('13 January 2022');
    expect((await a()).date).toBe('6 January 2022');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('bad steps are ignored with one warning each, an unknown layer alone; the good one still works', async () => {
    const { page, problems } = await watchedPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('Qantar') && warnings.push(m.text()));
    await page.goto(url + 'bad.html');
    await page.locator('#m [data-map-state="idle"]').waitFor({ timeout: 30_000 });
    for (const id of ['late', 'view', 'who', 'where']) {
      await scrollTo(page, id);
      await page.waitForTimeout(300);
    }
    // An unknown layer is left out; the rest of its step applies.
    await scrollTo(page, 'layers');
    await expect.poll(async () => (await elementProbe(page)()).date).toBe('8 January 2022');
    await expect.poll(() => elementLayers(page).drawn('events'), { timeout: 15_000 }).toEqual(['csto']);
    for (const id of ['good', 'where', 'late', 'layers', 'good']) {
      await scrollTo(page, id);
      await page.waitForTimeout(300);
    }
    await expect.poll(async () => (await elementProbe(page)()).date).toBe('7 January 2022');
    await expect.poll(() => elementLayers(page).drawn('events'), { timeout: 15_000 }).toContain('seizure');
    expect(warnings).toEqual([
      'Qantar: step 1 (#late): date 2023-01-05 is outside the story (2022-01-02 to 2022-01-19): ignored',
      'Qantar: step 2 (#view): view "here" is not lng,lat,zoom or story: ignored',
      'Qantar: step 3 (#who): select "nobody" is not an event of the story: ignored',
      'Qantar: step 4 (#where): data-qantar-target "nothing" names no map on the page',
      'Qantar: step 5 (#layers): layers "csto,nukes": "nukes" is not a layer of the story' +
        ' (protest, seizure, security, csto, political, casualties): ignored',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the demo scroll story', () => {
  it.each([
    [1280, 800],
    [375, 740],
  ])(
    'at %i px: every step applies, without a warning; axe finds nothing; the full page links to it',
    async (width, height) => {
      const { page, problems, foreignRequests } = await watchedPage(browser, new URL(url).origin, { width, height });
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('Qantar') && warnings.push(m.text()));
      await page.goto(url + 'scrolly.html');
      await page.locator('qantar-map [data-map-state="idle"]').waitFor({ timeout: 30_000 });
      const probe = elementProbe(page, 'qantar-story');
      const steps = await page.locator('[data-qantar-step]').evaluateAll((all) =>
        all.map((s, i) => {
          s.id ||= `step-${i + 1}`;
          return { id: s.id, date: s.getAttribute('data-date')! };
        }),
      );
      expect(steps.length).toBeGreaterThanOrEqual(8);
      // Every step on a phone; on a wide screen the first, a middle one and the last (the same code drives them).
      const taken = width < 800 ? steps : [steps[0], steps[Math.floor(steps.length / 2)], steps[steps.length - 1]];
      for (const step of taken) {
        await scrollTo(page, step.id);
        const [, m, d] = step.date.split('-').map(Number);
        await expect.poll(async () => (await probe()).date, { timeout: 15_000 }).toBe(`${d} January 2022`);
        expect(m).toBe(1);
      }
      await page.screenshot({ path: `test-results/screenshots/scrolly-${width}.png` });
      expect(warnings).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.goto(url);
      expect(await page.getByRole('link', { name: 'Read it as a scroll story' }).getAttribute('href')).toBe(
        'scrolly.html',
      );
      await page.close();
    },
  );
});
