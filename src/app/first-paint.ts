import { warmIntl } from './warm-intl.ts';

/** The user-timing mark the app sets as it starts on a page of its own, after the page's first paint. */
export const START_MARK = 'qantar:start';

/** How long the app waits for a first paint that may never come (a frame out of sight is not painted). */
export const FIRST_PAINT_WAIT = 3000;

/**
 * Resolves once the reader has been shown the prerendered page (its first contentful paint), so the
 * app's start never holds that paint back: at once in a hidden tab, which paints nothing until it is
 * shown, or where the browser does not report paints; after FIRST_PAINT_WAIT where no paint comes.
 */
function firstPaintShown(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
      return resolve();
    const done = () => {
      seen.disconnect();
      clearTimeout(cap);
      resolve();
    };
    const seen = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    seen.observe({ type: 'paint', buffered: true });
    const cap = setTimeout(done, FIRST_PAINT_WAIT);
  });
}

/**
 * The app's start, on a page of its own or as an element in an article: ICU is started off the main
 * thread (warm-intl.ts), then, where the page has painted something of its own (`painted`: a prerendered
 * page; an article), its first paint is awaited before the start is marked. An entry imports its app only
 * then, as evaluating the app's modules would hold that paint back (their code, preloaded at low
 * priority, has come meanwhile). A bare page (the dev server's) has no paint of its own to wait for.
 */
export async function appStart(painted = !!document.getElementById('app')?.childElementCount): Promise<void> {
  warmIntl();
  if (painted) await firstPaintShown();
  performance.mark(START_MARK);
}
