import { KB, type Part } from './bytes.ts';
import type { Results } from './results.ts';
import type { Summary } from './stats.ts';
import { kb, mb, ms, s1, signed } from './targets.ts';

const range = (s: Summary, unit = ' ms', f = ms) => `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
const n = (x: number) => x.toLocaleString('en');
const verdict = (met: boolean | null) => (met === null ? 'reported' : met ? '**met**' : '**not met**');
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const shortPath = (path: string) => path.replace(/^\/app\//, '') || 'index.html';

const partNames: Record<Part, string> = {
  maplibre: 'MapLibre (JS + worker)',
  app: 'App code (JS)',
  css: 'CSS',
  data: 'Base map data',
  story: 'Story',
  relief: 'Shaded relief',
  fonts: 'Fonts',
  html: 'HTML page',
  images: 'Posters (pictures of the map)',
};

/** RESULTS.md: the figures of results.json, with what was timed and how. */
export function renderReport(r: Results): string {
  const { weight: w, firstRender: fr, machine: m } = r;
  const total = Object.values(w.totals).reduce((a, b) => a + b, 0);
  const budgetFiles = w.files
    .filter((f) => (f.parts.app ?? 0) + (f.parts.data ?? 0) + (f.parts.fonts ?? 0) > 0)
    .map((f) => ({ path: f.path, bytes: (f.parts.app ?? 0) + (f.parts.data ?? 0) + (f.parts.fonts ?? 0) }))
    .sort((a, b) => b.bytes - a.bytes);
  const bundled = w.files.some((f) => f.parts.maplibre && f.parts.app);
  const mem = r.memory;

  return `# Benchmark results

Written by \`npm run bench\` (\`bench/run.ts\`) on ${r.date.slice(0, 10)}; the whole run took ${Math.round(r.durationSeconds)} s.
Figures are the median of several runs, with the smallest and largest in brackets. The raw figures are in
[results.json](results.json).

${table(
  ['Machine', ''],
  [
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['Memory', `${m.memoryGB} GB`],
    ['OS', m.os],
    ['Browser', `Chromium ${m.chromium}, headless, WebGL by SwiftShader (software)`],
    ['Node', m.node],
    ['MapLibre GL JS', m.maplibre],
    ['Viewport', `${r.settings.viewport.width}×${r.settings.viewport.height}, device pixel ratio 1`],
  ],
)}

The GPU is emulated on the CPU, so every frame costs CPU time that a real GPU would take off it: absolute
times are much slower than on a reader's machine. The ratios, and the comparisons within one run, are what
to read. Even so, on this 2-core machine medians move by 10% or more from one run to the next (more when
anything else runs beside the bench): a verdict that close to its target can flip between runs.

## Targets (issue 6)

${table(
  ['Target', 'Goal', 'Measured', ''],
  r.targets.map((t) => [t.name, t.target, t.measured, verdict(t.met)]),
)}

## 1. Weight

Bytes over the wire for the first load of the app with its default story: every file the page asked for
until the map was idle (and one second more), each file once (the static map and MapLibre ask for the same
files, which a host's caching serves once), as served from \`dist/\`, each gzip-compressed with Node's
zlib at its default level. 1 KB = 1,000 bytes.

${table(
  ['Part', 'gzip'],
  [
    ...(Object.keys(partNames) as Part[]).map((p) => [partNames[p], `${kb(w.totals[p])} KB`]),
    ['**Total**', `**${kb(total)} KB**`],
    ['App code + data + fonts (the budget)', `**${kb(w.budget)} KB** (target ≤ 80 KB)`],
  ],
)}

${
  bundled
    ? `MapLibre and the app are one JS bundle in this build. MapLibre's share of it is the gzip size of
\`node_modules/maplibre-gl/dist/maplibre-gl.mjs\` on its own (${kb(w.files.find((f) => f.parts.maplibre && f.parts.app)!.parts.maplibre!)} KB); the app is the
remainder. The worker is its own file and counts whole as MapLibre. `
    : ''
}The CSS includes MapLibre's stylesheet (${kb(w.mapLibreCss)} KB of it gzip-sized alone); CSS is not in the
budget. \`test/browser/budget.test.ts\` holds the budget on the build, counting the same way.

What the budget is made of, largest first:

${table(
  ['File', 'gzip'],
  budgetFiles.map((f) => [`\`${shortPath(f.path)}\``, `${kb(f.bytes)} KB`]),
)}

<details><summary>Every file requested</summary>

${table(
  ['File', 'Raw', 'gzip', 'Counted as'],
  w.files.map((f) => [
    `\`${shortPath(f.path)}\``,
    `${kb(f.raw)} KB`,
    `${kb(f.gzip)} KB`,
    (Object.entries(f.parts) as [Part, number][]).map(([p, b]) => `${p} ${kb(b)}`).join(', '),
  ]),
)}

</details>

## 2. Time to first render

From navigation start to the map container's first \`data-map-state="idle"\` (MapLibre's \`idle\` with the
style loaded: every source, the font and all layers drawn), read in the page with a mutation observer.
Each load is in a fresh browser context (cold cache), ${r.settings.firstRenderRuns} runs each, app and
baseline alternating, after one discarded warm-up of each.

The baseline (\`bench/baseline/\`, built into \`bench/dist/baseline\`) is plain MapLibre with the same
style (\`storyStyle\` from the app's modules), the same data files and a map of the same size
(${w.mapSize.w}×${w.mapSize.h}): it fetches the story and builds the style, with no Svelte, no checking of
the story, no slider, panel or inset.

${table(
  ['Page', 'Navigation → first idle'],
  [
    ['App', range(fr.app)],
    ['Baseline (MapLibre only)', range(fr.baseline)],
    ['**App / baseline**', `**${fr.ratio.toFixed(2)}×** (target ≤ 1.2×)`],
  ],
)}

## 3. Scrub latency

Synthetic stories (\`bench/synthetic.ts\`, seeded PRNG, seed ${r.settings.seed}): points uniform over
Kazakhstan's outline, first days uniform over 2–19 January 2022, one in six lasting 1–3 days more. All
in "all events so far" mode.

**What is timed**, in the page: from just before the change to the end of the first MapLibre \`render\`
event after which every source of the style is loaded (\`map.isSourceLoaded\`: its data, and each of
its tiles reloaded in the worker) with the new day in force: the first frame drawn with the new date.
(Not \`map.loaded()\`, which stays false while the app's pulse ring animates, after the new date is
drawn.) Before each step the map is left to settle (\`idle\`, after the app's 0.9 s pulse ring), so
each step starts from rest.

- **App**: a slider \`input\` event on the built app; Svelte updates the state, the panel, the inset and
  calls \`setGlobalStateProperty('time')\`; MapLibre re-evaluates the date layers' paint and redraws,
  with no tile rebuilt in its worker.
- **Map only**: the baseline page calling \`setGlobalStateProperty('time')\` itself: what MapLibre costs
  without the app.
- **Naive**: the baseline page filtering the features in JS and calling \`setData(filtered)\` on the
  events source (the style's date pinned to the last day, so its date layers draw everything they are given).

${table(
  ['Events', 'Steps', 'App', 'of which before MapLibre is told', 'Map only', 'Naive setData', 'App / naive'],
  r.scrub.map((s) => [
    n(s.events),
    String(s.steps.length),
    range(s.latency.app),
    range(s.appToMap),
    range(s.latency.map),
    range(s.latency.naive),
    `${s.ratio.toFixed(2)}×`,
  ]),
)}

"Of which before MapLibre is told": from the \`input\` event to the app's own
\`setGlobalStateProperty('time')\` call (Svelte's state, derived lists and effects up to that call; the
panel's DOM may still be updated after it, before the frame).

Slider positions stepped to: ${Object.entries(r.settings.scrubSteps)
    .map(([k, v]) => `${k}: ${v.join(', ')}`)
    .join('; ')}.

## 4. Playback smoothness

The app playing from the first day at its default speed (one day a second) for
${r.settings.playbackSeconds} s, ${r.settings.playbackRuns} runs in one page. Map frames are MapLibre
\`render\` events (it draws only when something changes: the pulse ring animates for 0.9 s after each
new day); page frames are \`requestAnimationFrame\` callbacks. Long tasks are the main thread's
\`PerformanceObserver('longtask')\` entries (> 50 ms) that began during playback.

${table(
  ['Events', 'Map frames/s', 'Page frames/s', 'Long tasks per run', 'Longest'],
  r.playback.map((p) => [
    n(p.events),
    range(p.mapFps, '', (x) => x.toFixed(1)),
    range(p.pageFps, '', (x) => x.toFixed(1)),
    range(p.longTasks, '', (x) => String(x)),
    `${p.longestTaskMs} ms`,
  ]),
)}

## 5. Memory

Main-thread JS heap in use (CDP \`Performance.getMetrics\` → \`JSHeapUsedSize\`, after
\`HeapProfiler.collectGarbage\` twice), with the ${n(mem.events)}-event story: after loading, then after each
of ${mem.app.afterPlayback.length} full playbacks from the first day to the last at ${mem.speed} days a
second (the app's Play button at its 4× speed). For comparison, the baseline page (MapLibre only) steps
through the same days at the same pace with \`setGlobalStateProperty('time')\`. Workers' heaps (MapLibre's
tiles) are not included.

${table(
  ['When', 'App', 'MapLibre only'],
  [
    ['After loading', `${mb(mem.app.afterLoad)} MB`, `${mb(mem.baseline.afterLoad)} MB`],
    ...mem.app.afterPlayback.map((b, i) => [
      `After playback ${i + 1}`,
      `${mb(b)} MB`,
      `${mb(mem.baseline.afterPlayback[i])} MB`,
    ]),
    ['Growth, first to last playback', `${signed(mb(mem.app.growth))} MB`, `${signed(mb(mem.baseline.growth))} MB`],
  ],
)}

## 6. In an article

The element as a guest (\`bench/embedding.ts\`). **Attach and detach**: ${r.embedding.cycles.cycles} times, a
\`<qantar-map loading="eager">\` is added to a host page, its map drawn until idle, and the element removed; the
page counts the WebGL contexts made (\`getContext\`) and how many are still alive (\`isContextLost()\` false)
after the last, holds each removed element by a \`WeakRef\` and counts those still alive after a garbage
collection, counts \`document.fonts\`, and reads the JS heap after each cycle as above. The heap grows over the
first cycles as V8 compiles the code (heap snapshots of cycle 10 and 30: compiled code and object shapes, no
object of ours): what is kept is judged by the elements, contexts and fonts. **Scrolling steps**: an article with a sticky
element over a ${n(r.embedding.scroll.events)}-event story and ${r.embedding.scroll.steps} \`data-qantar-step\`
sections (date, mode, and a view that flies), scrolled from top to end by the mouse wheel, 120 px every 60 ms
(${r.embedding.scroll.seconds.toFixed(1)} s); long tasks from a \`PerformanceObserver\`.

${table(
  ['Measure', 'Figure'],
  [
    [
      'WebGL contexts made / alive after the last detach',
      `${r.embedding.cycles.contexts} / ${r.embedding.cycles.liveContexts}`,
    ],
    ['Removed elements alive after the last', String(r.embedding.cycles.elementsAlive)],
    ['Font faces after cycle 1 → the last', `${r.embedding.cycles.fonts[0]} → ${r.embedding.cycles.fonts[1]}`],
    [
      'JS heap slope over the second half of the cycles',
      `${signed((r.embedding.cycles.lateSlope / 1024).toFixed(1))} KB a cycle`,
    ],
    [
      'JS heap after cycle 1 → cycle ' + r.embedding.cycles.cycles,
      `${mb(r.embedding.cycles.heap[0])} → ${mb(r.embedding.cycles.heap[r.embedding.cycles.heap.length - 1])} MB (${signed(mb(r.embedding.cycles.growth))} MB)`,
    ],
    [
      'Long tasks while scrolling (> 50 ms)',
      r.embedding.scroll.longTasks.length ? r.embedding.scroll.longTasks.map((t) => `${t} ms`).join(', ') : 'none',
    ],
  ],
)}

## 7. Date steps on the static map

The static map is the map wherever MapLibre is not drawing (before a reader reaches for an embed, without
WebGL, in print). A date's step now draws only its story layer over a base that stays
(\`bench/static-steps.ts\`); the baseline is the whole map drawn again, as each step did before. **Compute**:
the pure renderer in Node, each of the story's ${r.staticSteps.steps} dates × 3: the story layer's markup against the whole
scene and SVG made again. **In the page**: Chromium without WebGL, the slider's arrow key to the frame after the
story layer's markup parsed and set in its two groups, against the whole map's parsed and set, each followed by a
frame; **markup** is what a step writes into the page. The whole app's step (the slider's key to the frame after
the map changed: panel, slider, URL and map) took ${range(r.staticSteps.appStep)}.

${table(
  ['Per step', 'Story layer', 'Whole map'],
  [
    ['Compute', range(r.staticSteps.compute.layer), range(r.staticSteps.compute.whole)],
    ['In the page', range(r.staticSteps.page.layer), range(r.staticSteps.page.whole)],
    ['Markup written', range(r.staticSteps.bytes.layer, ' KB', kb), range(r.staticSteps.bytes.whole, ' KB', kb)],
  ],
)}

## 8. The light guest

The map as a newsroom's article meets it (\`bench/guest.ts\`, the pages in \`test/browser/articles.ts\`): a headline
and twelve paragraphs, with the copy-embed button's own snippet after the first paragraph (the element or the
iframe, on the first screen) or after two hundred (the element, far below); the article alone, short and as long as
the far one (the far map's reference: its article without it); and the floor, a plain page with index.html's prerendered static map inline. **Bytes** are what the server sent (a worker's
requests included), each path once, gzip'd: the articles before any reach (their static map painted, then 3 s
more), index.html until its live map was idle. **Far**: the main thread's long tasks in the far article's
first ${r.guest.far.seconds} s. **Reach**: at ${r.guest.reach.cpuSlowdown}× CPU (CDP throttling), the pointer over the map (which fetches its code), a
second's reading, a click on its zoom button, to the live map drawn and handed over, ${r.guest.reach.reach.runs} runs; against a
MapLibre-only page's navigation to its first idle at the same slowdown.

${table(
  ['Page', 'In all', 'HTML', 'CSS', 'Code', 'Story', 'Data', 'Fonts', 'Relief', 'Posters', 'MapLibre'],
  r.guest.weights.map((w) => [
    w.page,
    `${kb(w.total)} KB`,
    ...(['html', 'css', 'app', 'story', 'data', 'fonts', 'relief', 'images', 'maplibre'] as const).map(
      (p) => `${kb(w.parts[p])}`,
    ),
  ]),
)}

The story a prerendered page carries is counted as story and inside its HTML's bytes once in all.
Far map: ${r.guest.far.longTasks.length ? r.guest.far.longTasks.map((t) => `${t} ms`).join(', ') : 'no long task'}. Reach to live map
${range(r.guest.reach.reach)}, the first zoom ${r.guest.reach.zoomApplied ? 'carried out' : '**lost**'}; MapLibre only, start to first idle
${range(r.guest.reach.baseline)}.

## 9. A video of the story

"Download video" as a reader asks for it in index.html's dialog, driven as \`npm run video\` drives it
(\`bench/video.ts\`): the story's ${r.video.days} days at ${r.video.pace} a second, ${r.video.size}, ${r.video.fps} frames a second. It took
**${r.video.seconds.toFixed(1)} s** for ${r.video.videoSeconds.toFixed(1)} s of ${r.video.format}, ${(r.video.seconds / r.video.videoSeconds).toFixed(2)}× the video's own length; the page's
main thread had ${r.video.longTasks.length} task${r.video.longTasks.length === 1 ? '' : 's'} over 50 ms meanwhile${r.video.longTasks.length ? ` (longest ${Math.max(...r.video.longTasks)} ms)` : ''}.

## 10. Lighthouse

Lighthouse ${r.settings.lighthouseVersion} in its default mobile setting (a mid-range phone on slow 4G with a 4× slower
CPU, simulated), ${r.settings.lighthouseRuns} runs a page, the median run by performance score; the pages served
gzip'd, as any host does, in the same Chromium and flags. "MapLibre only" is the baseline page: the floor a
WebGL-first page reaches. \`embed.html\` says \`noindex\` on purpose (the article that embeds it is the page to
find), which costs it its SEO score.

${table(
  ['Page', 'Performance', 'FCP', 'LCP', 'TBT', 'CLS', 'Accessibility', 'Best practices', 'SEO'],
  r.lighthouse.map(({ page, median: m }) => [
    page,
    String(m.performance),
    `${s1(m.fcp)} s`,
    `${s1(m.lcp)} s`,
    `${s1(m.tbt)} s`,
    m.cls.toFixed(3),
    String(m.accessibility),
    String(m.bestPractices),
    String(m.seo),
  ]),
)}

## Reading the figures

${notes(r).join('\n')}

## Reproducing

\`npm run bench\` builds the app (\`vite build\`), builds the baseline page, serves both on 127.0.0.1 and
drives Debian's Chromium (or \`CHROME_PATH\`) with playwright-core. It fails on any request off 127.0.0.1
or any page error, and exits non-zero only on such a failure or a crash, never on a missed target. In
this run, all ${r.settings.pagesCheckedClean} pages it opened made no request off 127.0.0.1 and met no error.
Budget in the build: ${kb(w.budget)} KB now, target ${kb(80 * KB)} KB.
`;
}

/** Observations that follow from this run's figures. */
function notes(r: Results): string[] {
  const w = r.weight;
  const at = (events: number) => r.scrub.find((s) => s.events === events);
  const largest = [...w.files].sort((a, b) => (b.parts.data ?? 0) - (a.parts.data ?? 0))[0];
  const lines = [
    `- Weight: data is ${kb(w.totals.data)} KB of the ${kb(w.budget)} KB budget (${Math.round((100 * w.totals.data) / w.budget)}%); the largest file is \`${shortPath(largest.path)}\` (${kb(largest.gzip)} KB). App JS is ${kb(w.totals.app)} KB, the font ${kb(w.totals.fonts)} KB.`,
  ];
  for (const s of [at(10_000), at(100_000)]) {
    if (!s) continue;
    lines.push(
      `- Scrub at ${n(s.events)} events: MapLibre alone moves the date in ${ms(s.latency.map.median)} ms by global state, against ${ms(s.latency.naive.median)} ms for the naive \`setData\`; the app takes ${ms(s.latency.app.median)} ms, ${ms(s.appToMap.median)} ms of it before it calls MapLibre.`,
    );
  }
  const mem = r.memory;
  lines.push(
    `- Memory: with ${n(mem.events)} events the app's JS heap after loading is ${mb(mem.app.afterLoad)} MB, MapLibre alone's ${mb(mem.baseline.afterLoad)} MB. Across playbacks both grow a little, the app by ${signed(mb(mem.app.growth))} MB and MapLibre alone by ${signed(mb(mem.baseline.growth))} MB.`,
  );
  lines.push(
    `- MapLibre ${r.machine.maplibre} reloads every tile of a source when a global-state value used in a filter, a layout property or a feature-dependent paint property changes (\`Style._applyGlobalStateChanges\`): as costly as \`setData\`. The app's date layers (\`src/map/time-layers.ts\`) keep the date out of all three, so a step costs a redraw and no re-tiling; under software GL that redraw is most of what is left.`,
  );
  return lines;
}
