/**
 * Русский, қазақша: the whole map in the reader's language — the page, the slider's spoken value,
 * the panel, the map's own labels — chosen by page, by `lang`, by the reader's browser or the host page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { axeViolations, drawn, launch, mapIdle, watchedPage } from './chromium.ts';
import { buildVariants } from './variant.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;
const variants = buildVariants();
let variantUrl: string;

beforeAll(async () => {
  browser = await launch();
  variantUrl = await variants.serve((dir) =>
    writeFileSync(
      join(dir, 'kk-article.html'),
      `<!doctype html><html lang="kk-KZ"><head><meta charset="utf-8"><title>Мақала</title></head><body>
<qantar-map id="m" date="2022-01-05" loading="eager" style="display:block;width:700px;height:520px"></qantar-map>
<script type="module" src="./qantar-map.js"></script></body></html>`,
    ),
  );
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

/** What a reader meets first: the page's language, its title, the slider's name and spoken value. */
const words = (page: Page) =>
  page.evaluate(() => {
    const slider = document.querySelector('input[type="range"]')!;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      slider: slider.getAttribute('aria-label') ?? document.querySelector(`label[for="${slider.id}"]`)?.textContent,
      value: slider.getAttribute('aria-valuetext'),
    };
  });

/** The property the map's city labels show, and the names they draw in it. */
const labelField = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    return JSON.stringify(map.getLayoutProperty('city-labels', 'text-field'));
  });

describe.each([
  {
    path: 'ru/',
    lang: 'ru',
    title: 'Qantar: январский кризис 2022 года в Казахстане',
    value: /^2 января 2022 г\., \d+ событи[еяй]$/,
    slider: 'Дата',
    cities: ['Алматы', 'Актау', 'Нур-Султан'],
    button: 'Скопировать код для вставки',
    licences: 'Лицензии данных',
    key: 'Условные обозначения',
    route: 'ОДКБ: маршрут',
    controls: ['Приблизить', 'Отдалить', 'Во весь экран'],
  },
  {
    path: 'kk/',
    lang: 'kk',
    title: 'Qantar: Қазақстандағы 2022 жылғы қаңтар дағдарысы',
    value: /^2022 ж\. 2 қаңтар, \d+ оқиға$/,
    slider: 'Күн',
    cities: ['Алматы', 'Ақтау', 'Нұр-Сұлтан'],
    button: 'Көшіру: ендіру коды',
    licences: 'Деректер лицензиялары',
    key: 'Шартты белгілер',
    route: 'ҰҚШҰ: бағыт',
    controls: ['Жақындату', 'Алыстату', 'Толық экран'],
  },
])('the $lang page', ({ path, lang, title, value, slider, cities, button, licences, key, route, controls }) => {
  it('speaks its language: page, slider, panel, buttons and the map’s own labels', async () => {
    const { page, problems, foreignRequests } = await watchedPage(browser, origin);
    await page.goto(baseUrl + path);
    await mapIdle(page);
    expect(await words(page)).toEqual({ lang, title, slider, value: expect.stringMatching(value) });
    expect(await page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => page.getByRole('button', { name: button }).count()).toBe(1);
    expect(await page.locator('.side h3, .side h4').first().textContent()).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    expect(await labelField(page)).toContain(`name_${lang}`);
    expect(await drawn(page, 'city-labels', `name_${lang}`)).toEqual(expect.arrayContaining(cities));
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(licences);
    // MapLibre's own buttons and scale bar, not only the static map's, speak the page's language.
    const named = await page.locator('.maplibregl-ctrl button').evaluateAll((bs) => bs.map((b) => b.ariaLabel));
    expect(named).toEqual(expect.arrayContaining(controls));
    expect(await page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s(км|м)$/);
    const items = await page.getByRole('group', { name: key }).getByRole('listitem').allTextContents();
    expect(items.map((t) => t.trim())).toContain(route);
    await page.screenshot({ path: `test-results/screenshots/lang-${lang}-1280.png` });
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('at 320 px: nothing wider than the screen, and axe finds nothing', async () => {
    const { page, problems } = await watchedPage(browser, origin, { width: 320, height: 700 });
    await page.goto(`${baseUrl}${path}?date=2022-01-06`);
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The slider's day labels ("5 янв.", "5 қаң.") are longer than English ones: none overlaps the next.
    const labels = await page.locator('svg.ticks text').evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, left: r.left, right: r.right };
      }),
    );
    expect(labels.length).toBeGreaterThan(2);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i].left, labels[i].text!).toBeGreaterThan(labels[i - 1].right);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    // Every link and button a finger can hit: 24 px, or room around it (WCAG 2.2's target size, off by default).
    expect(await axeViolations(page, ['target-size'])).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/lang-${lang}-320.png` });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('choosing the language', () => {
  it.each([
    ['the reader’s browser, on the first page', '', 'ru-RU', 'ru'],
    ['lang beats the browser', '?lang=en', 'ru-RU', 'en'],
    ['lang on the first page', '?lang=kk', 'en-US', 'kk'],
    ['English for a browser in a language we do not speak', '', 'de-DE', 'en'],
  ])('%s', async (_, query, locale, lang) => {
    const { page, problems } = await watchedPage(browser, origin, undefined, locale);
    await page.goto(baseUrl + query);
    await mapIdle(page);
    expect((await words(page)).lang).toBe(lang);
    expect(await labelField(page)).toContain(`name_${lang}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an unknown lang shows English, with one warning that names it', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('Qantar') && warnings.push(m.text()));
    await page.goto(`${baseUrl}?lang=xx`);
    await mapIdle(page);
    expect((await words(page)).lang).toBe('en');
    expect(warnings).toEqual(['Qantar: lang "xx" is not one of en, ru, kk: showing English']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the switcher goes to the same moment in the other language', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${baseUrl}?date=2022-01-06`);
    await mapIdle(page);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(/\/ru\//);
    await mapIdle(page);
    expect(await words(page)).toMatchObject({ lang: 'ru', value: expect.stringMatching(/^6 января 2022 г\./) });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an element speaks its host page’s language', async () => {
    const { page, problems } = await watchedPage(browser, origin, { width: 800, height: 700 });
    await page.goto(variantUrl + 'kk-article.html');
    await page.locator('#m [data-map-state="idle"]').waitFor({ timeout: 30_000 });
    const seen = await page.locator('#m').evaluate((el) => {
      const figure = el.shadowRoot!.querySelector('figure')!;
      return { lang: figure.lang, value: figure.querySelector('input[type="range"]')!.getAttribute('aria-valuetext') };
    });
    expect(seen).toEqual({ lang: 'kk', value: expect.stringMatching(/^2022 ж\. 5 қаңтар, /) });
    // In an article the map asks for Ctrl and the wheel to zoom: MapLibre says so in Kazakh too.
    const hint = await page.locator('#m .maplibregl-cooperative-gesture-screen').textContent();
    expect(hint).toContain('Ctrl пернесін басып тұрып');
    expect(hint).toContain('екі саусақпен');
    // A new lang attribute: the element speaks it at once.
    await page.locator('#m').evaluate((el) => el.setAttribute('lang', 'ru'));
    await expect
      .poll(() =>
        page
          .locator('#m')
          .evaluate((el) => el.shadowRoot!.querySelector('input[type="range"]')?.getAttribute('aria-valuetext') ?? ''),
      )
      .toMatch(/^5 января 2022 г\., /);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk-KZ');
    expect(problems).toEqual([]);
    await page.close();
  });
});
