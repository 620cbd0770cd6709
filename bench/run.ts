/**
 * `npm run bench` (after `vite build`): weight, first render, scrub latency, playback and memory of
 * the production build in headless Chromium, against a MapLibre-only baseline. Writes
 * bench/results.json and bench/RESULTS.md. Exits non-zero on a crash, a page error or a request off
 * 127.0.0.1; a missed target is reported, not an error.
 *
 * `--keep-dist` keeps the built baseline in bench/dist, to open it by hand; it is removed otherwise.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { launch } from '../test/browser/chromium.ts';
import { buildBaseline } from './build-baseline.ts';
import { hostPages, measureCycles, measureScroll } from './embedding.ts';
import { ARTICLES, measureFar, measureGuestWeight, measureReach, writeArticles } from './guest.ts';
import { measureFirstRender } from './first-render.ts';
import { measureLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { measureMemory } from './memory.ts';
import { measurePlayback, type PlaybackResult } from './playback.ts';
import { pagesCheckedClean, VIEWPORT } from './pages.ts';
import { renderReport } from './report.ts';
import type { Results } from './results.ts';
import { measureScrub, type ScrubResult } from './scrub.ts';
import { measureStaticSteps } from './static-steps.ts';
import { measureVideo } from './video.ts';
import { serveBench } from './server.ts';
import { loadKazakhstan, syntheticStory } from './synthetic.ts';
import { judge } from './targets.ts';
import { measureWeight } from './weight.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SEED = 2022;
const FIRST_RENDER_RUNS = 7;
const SCRUB_SIZES = [100, 1_000, 10_000, 100_000];
/**
 * Slider positions, each stepped to from a settled map: twice through the story, for medians that hold
 * still on a noisy machine; fewer at 100k, where a naive step takes seconds.
 */
const SWEEP = [1, 3, 5, 7, 9, 11, 13, 15, 17, 0];
const stepsFor = (events: number) => (events >= 100_000 ? [3, 9, 17, 0, 5, 13] : [...SWEEP, ...SWEEP]);
const PLAYBACK_SIZES = [1_000, 10_000];
const PLAYBACK_RUNS = 3;
const PLAYBACK_MS = 10_000;
const MEMORY_EVENTS = 10_000;
const MEMORY_PLAYBACKS = 5;
const MEMORY_SPEED = 4;
const CYCLES = 20;
const SCROLL_EVENTS = 1_000;
const LIGHTHOUSE_RUNS = 3;
/** The pages Lighthouse opens, by the name the report gives them, under the server's mounts. */
const LIGHTHOUSE_PAGES = {
  ...Object.fromEntries(Object.entries(ARTICLES).map(([name, file]) => [name, `host/${file}`])),
  'index.html': 'app/',
  'MapLibre only': 'baseline/',
};
const REACH_RUNS = 3;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const say = (what: string) => console.log(`[${elapsed()}] ${what}`);

const dist = at('../dist');
if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `vite build` first (npm run bench does)');

say('building the baseline page');
const baseline = await buildBaseline();
const kazakhstan = loadKazakhstan(at('../public/data/countries.topojson'));
const scrollStory = syntheticStory(SCROLL_EVENTS, kazakhstan, SEED);
const host = hostPages(scrollStory);
writeArticles(host, dist);
const server = await serveBench({ app: dist, baseline, host });
const browser = await launch();
try {
  const machine = describeMachine(browser);
  say(`Chromium ${machine.chromium}, ${machine.cpu} × ${machine.cores}`);

  say('weight');
  const weight = await measureWeight(browser, server);

  say('time to first render');
  const firstRender = await measureFirstRender(browser, server, weight.mapSize, FIRST_RENDER_RUNS);

  const scrub: ScrubResult[] = [];
  for (const events of SCRUB_SIZES) {
    say(`scrub latency, ${events} events`);
    scrub.push(
      await measureScrub(browser, server, syntheticStory(events, kazakhstan, SEED), weight.mapSize, stepsFor(events)),
    );
  }

  const playback: PlaybackResult[] = [];
  for (const events of PLAYBACK_SIZES) {
    say(`playback, ${events} events`);
    playback.push(
      await measurePlayback(browser, server, syntheticStory(events, kazakhstan, SEED), PLAYBACK_RUNS, PLAYBACK_MS),
    );
  }

  say(`memory, ${MEMORY_EVENTS} events`);
  const memory = await measureMemory(
    browser,
    server,
    syntheticStory(MEMORY_EVENTS, kazakhstan, SEED),
    weight.mapSize,
    MEMORY_PLAYBACKS,
    MEMORY_SPEED,
  );

  say(`${CYCLES} attach/detach cycles of the element`);
  const cycles = await measureCycles(browser, server, CYCLES);
  say(`scrolling steps, ${SCROLL_EVENTS} events`);
  const scroll = await measureScroll(browser, server, scrollStory);
  const embedding = { cycles, scroll };

  say('the light guest: what each article page downloads, the far map, the reach');
  const guest = {
    weights: await measureGuestWeight(browser, server),
    far: await measureFar(browser, server),
    reach: await measureReach(
      browser,
      server,
      `${server.url('baseline')}?w=${weight.mapSize.w}&h=${weight.mapSize.h}`,
      REACH_RUNS,
    ),
  };

  say('date steps on the static map');
  const staticSteps = await measureStaticSteps(dist, server);

  say('a video of the whole story, in the page');
  const video = await measureVideo(browser, server);

  say(`Lighthouse, ${LIGHTHOUSE_RUNS} runs a page`);
  const lighthouse = await measureLighthouse({ app: dist, baseline, host }, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS);

  const results: Results = {
    date: new Date().toISOString(),
    durationSeconds: (performance.now() - started) / 1000,
    machine,
    settings: {
      viewport: VIEWPORT,
      firstRenderRuns: FIRST_RENDER_RUNS,
      scrubSteps: Object.fromEntries(SCRUB_SIZES.map((n) => [String(n), stepsFor(n)])),
      playbackRuns: PLAYBACK_RUNS,
      playbackSeconds: PLAYBACK_MS / 1000,
      memoryPlaybacks: MEMORY_PLAYBACKS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      lighthouseVersion: createRequire(import.meta.url)('lighthouse/package.json').version,
      seed: SEED,
      pagesCheckedClean: pagesCheckedClean(),
    },
    weight,
    firstRender,
    scrub,
    playback,
    memory,
    embedding,
    staticSteps,
    guest,
    video,
    lighthouse,
    targets: judge(weight, firstRender, scrub, playback, memory, embedding, staticSteps, guest, video, lighthouse),
  };
  writeFileSync(at('./results.json'), `${JSON.stringify(results, null, 2)}\n`);
  // Formatted as `prettier --check` wants it, so the committed file stays lint-clean.
  const report = at('./RESULTS.md');
  writeFileSync(report, await format(renderReport(results), { ...(await resolveConfig(report)), filepath: report }));
  for (const t of results.targets)
    say(`${t.met === null ? 'reported' : t.met ? 'met' : 'NOT MET'}: ${t.name}: ${t.measured} (${t.target})`);
  say('wrote bench/results.json and bench/RESULTS.md');
} finally {
  await browser.close();
  await server.close();
  if (!process.argv.includes('--keep-dist')) rmSync(at('./dist'), { recursive: true, force: true });
  rmSync(host, { recursive: true, force: true });
}
