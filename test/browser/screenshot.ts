/**
 * Screenshot of the built app: `npm run screenshot -- [query] [out.png] [width] [height]`.
 * Fails on any page error or request off the page's origin, like the browser tests.
 */
import { launch, mapIdle, watchedPage } from './chromium.ts';
import { dist, serveStatic } from './static-server.ts';

const [query = '', out = 'docs/screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const server = await serveStatic(dist);
const browser = await launch();
try {
  const { page, problems, foreignRequests } = await watchedPage(browser, new URL(server.url).origin, {
    width: Number(width),
    height: Number(height),
  });
  await page.goto(server.url + query);
  await mapIdle(page);
  await page.screenshot({ path: out });
  if (problems.length || foreignRequests.length) throw new Error([...problems, ...foreignRequests].join('\n'));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
