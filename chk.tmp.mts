import { launch, watchedPage } from './test/browser/chromium.ts';
import { serveStatic, dist } from './test/browser/static-server.ts';
import { articlePage, snippetFor } from './test/browser/articles.ts';
const pages: Record<string, string> = {};
const server = await serveStatic(dist, {}, pages);
pages['/a.html'] = articlePage(snippetFor(dist, server.url, 'iframe'), 'first');
const browser = await launch();
const { page, problems } = await watchedPage(browser, new URL(server.url).origin, { width: 1280, height: 800 });
page.on('console', (m) => console.log('PAGE', m.text()));
await page.goto(server.url + 'a.html');
await page.waitForTimeout(5000);
console.log(
  await page.evaluate(() => {
    const d = document.querySelector('iframe')!.contentDocument;
    return [
      d?.readyState,
      d?.querySelectorAll('[data-marker-id]').length,
      d?.querySelector('[data-story="marks"]')?.outerHTML.slice(0, 200),
      document.querySelector('iframe')!.getBoundingClientRect().height,
    ];
  }),
);
console.log(problems, server.takeLog().join(' '));
await page.screenshot({ path: '/tmp/q/iframe-article.png' });
await browser.close();
await server.close();
