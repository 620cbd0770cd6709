/**
 * The day's events by keyboard: the compact layout's drawer (a fixed-height iframe, the element) is a
 * dialog after its button, and a long list of the day's events can be skipped. Neither needs
 * MapLibre: nothing here waits for it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, staticReady, watchedPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the drawer of the day’s events, in a box of fixed height', () => {
  it('comes after its button, takes the focus as it opens, and Escape or Close gives it back', async () => {
    const { page, problems, foreignRequests } = await watchedPage(browser, new URL(baseUrl).origin, {
      width: 700,
      height: 520,
    });
    await page.goto(`${baseUrl}embed.html?date=2022-01-05`);
    // The app has started (its static map drawn): the prerendered page's button does nothing before.
    await staticReady(page);
    const opener = page.getByRole('button', { name: 'Events of the day' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Events of the day' });
    await dialog.waitFor();
    const focus = () =>
      page.evaluate(() => {
        const active = document.activeElement!;
        const dialog = document.querySelector('[role="dialog"]');
        return {
          inDialog: !!dialog?.contains(active),
          opener: active.getAttribute('aria-controls') !== null,
          expanded: document.querySelector('[aria-controls]')!.getAttribute('aria-expanded'),
        };
      });
    expect(await focus()).toEqual({ inDialog: true, opener: false, expanded: 'true' });
    // In the markup (and so for Tab and a screen reader's reading) the drawer follows its button.
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('[aria-controls]')!
            .compareDocumentPosition(document.querySelector('[role="dialog"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    await page.keyboard.press('Tab');
    expect((await focus()).inDialog).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/drawer-700x520.png' });
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await focus()).toEqual({ inDialog: false, opener: true, expanded: 'false' });
    // Open again, and Close by keyboard: the focus is back on the button too.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect((await focus()).inDialog).toBe(true);
    await page.keyboard.press('Enter');
    expect(await dialog.count()).toBe(0);
    expect(await focus()).toEqual({ inDialog: false, opener: true, expanded: 'false' });
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('a long list of the day’s events', () => {
  it('is skipped in two key presses from the link before it', async () => {
    const { page, problems, foreignRequests } = await watchedPage(browser, new URL(baseUrl).origin, {
      width: 1280,
      height: 900,
    });
    await page.goto(`${baseUrl}?date=2022-01-05`);
    await staticReady(page);
    const list = page.locator('ol.events').first();
    await list.locator('li').first().waitFor();
    const stops = await list.evaluate((ol) => ol.querySelectorAll('button, summary, a[href]').length);
    expect(stops).toBeGreaterThan(30);
    // The link comes before the list, and Tab reaches it right before the list's first stop.
    const skip = page.getByRole('link', { name: 'Skip the day’s events' });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await list.evaluate((ol) => ol.contains(document.activeElement))).toBe(true);
    await skip.focus();
    await page.keyboard.press('Enter');
    // The focus stands after the list, and the next Tab goes on from there (out of the page, here).
    const where = () =>
      list.evaluate((ol) => ({
        inList: ol.contains(document.activeElement),
        after: !!(ol.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING),
      }));
    expect(await where()).toEqual({ inList: false, after: true });
    await page.keyboard.press('Tab');
    expect((await where()).inList).toBe(false);
    // The address, and so the page's history, stays as it was.
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
