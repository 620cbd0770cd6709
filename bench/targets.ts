import { KB } from './bytes.ts';
import type { CyclesResult, ScrollResult } from './embedding.ts';
import type { FirstRenderResult } from './first-render.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { MemoryResult } from './memory.ts';
import type { PlaybackResult } from './playback.ts';
import type { Target } from './results.ts';
import type { ScrubResult } from './scrub.ts';
import type { StaticStepsResult } from './static-steps.ts';
import type { FarResult, GuestWeight, ReachResult } from './guest.ts';
import type { WeightResult } from './weight.ts';
import type { VideoResult } from './video.ts';

export const kb = (bytes: number): string => (bytes / KB).toFixed(1);
export const ms = (t: number): string => (t < 10 ? t.toFixed(1) : Math.round(t).toString());
export const mb = (bytes: number): string => (bytes / 1e6).toFixed(2);
/** Milliseconds as seconds to a tenth. */
export const s1 = (t: number): string => (t / 1000).toFixed(1);
export const signed = (x: string): string => (x.startsWith('-') ? x : `+${x}`);

/** The issue's targets, judged on the measured figures as they are. */
export function judge(
  weight: WeightResult,
  firstRender: FirstRenderResult,
  scrub: ScrubResult[],
  playback: PlaybackResult[],
  memory: MemoryResult,
  embedding: { cycles: CyclesResult; scroll: ScrollResult },
  staticSteps: StaticStepsResult,
  guest: { weights: GuestWeight[]; far: FarResult; reach: ReachResult },
  video: VideoResult,
  lighthouse: LighthouseResult[],
): Target[] {
  const lh = (page: string) => {
    const found = lighthouse.find((l) => l.page === page);
    if (!found) throw new Error(`no Lighthouse result for ${page}`);
    return found.median;
  };
  const weighed = (page: string) => {
    const found = guest.weights.find((w) => w.page === page);
    if (!found) throw new Error(`no weight for ${page}`);
    return found;
  };
  const alone = lh('Article alone');
  // The far map is judged against its own article without it, as long: not against a shorter one.
  const aloneLong = lh('Article alone, as long as the far one');
  const longArticle = weighed('Article alone, as long as the far one').total;
  const page = weighed('index.html');
  const at = <T extends { events: number }>(xs: T[], n: number): T => {
    const found = xs.find((x) => x.events === n);
    if (!found) throw new Error(`no result at ${n} events`);
    return found;
  };
  const s10k = at(scrub, 10_000);
  const s100k = at(scrub, 100_000);
  const p1k = at(playback, 1_000);
  const mostLongTasks = Math.max(...p1k.runs.map((r) => r.longTasks.length));
  const heap = memory.app;
  const tolerance = heap.afterPlayback[0] / 100;
  const { cycles, scroll } = embedding;
  return [
    {
      name: 'Weight: app code + data + fonts on top of MapLibre (gzip, default story)',
      target: '≤ 80 KB',
      measured: `${kb(weight.budget)} KB`,
      met: weight.budget <= 80 * KB,
    },
    {
      name: 'Time to first render, app over baseline (medians)',
      target: '≤ 1.2×',
      measured: `${firstRender.ratio.toFixed(3)}× (${ms(firstRender.app.median)} ms vs ${ms(firstRender.baseline.median)} ms)`,
      met: firstRender.ratio <= 1.2,
    },
    {
      name: 'Scrub latency at 10,000 events, app over naive setData (medians)',
      target: '≤ 0.5×',
      measured: `${s10k.ratio.toFixed(3)}× (${ms(s10k.latency.app.median)} ms vs ${ms(s10k.latency.naive.median)} ms)`,
      met: s10k.ratio <= 0.5,
    },
    {
      name: 'Scrub latency at 100,000 events (app, median)',
      target: 'report',
      measured: `${ms(s100k.latency.app.median)} ms (naive: ${ms(s100k.latency.naive.median)} ms, ${s100k.ratio.toFixed(2)}×)`,
      met: null,
    },
    {
      name: 'Long tasks (> 50 ms) during 10 s of playback at 1,000 events',
      target: 'none',
      measured: `${mostLongTasks} in the worst run (longest ${p1k.longestTaskMs} ms)`,
      met: mostLongTasks === 0,
    },
    {
      name: `JS heap growth across ${heap.afterPlayback.length} full playbacks at ${memory.events.toLocaleString('en')} events`,
      target: 'none (last playback within 1% of the first)',
      measured: `${signed(mb(heap.growth))} MB (${mb(heap.afterPlayback[0])} → ${mb(heap.afterPlayback[heap.afterPlayback.length - 1])} MB; MapLibre alone: ${signed(mb(memory.baseline.growth))} MB)`,
      met: heap.growth <= tolerance,
    },
    {
      // Held by nothing: the element, its map, its context, its fonts. The heap's own growth over the cycles is
      // V8's compiled code warming up (heap snapshots, cycle 10 against 30): reported beside, not judged.
      name: `What ${cycles.cycles} attach/detach cycles of <qantar-map> leave behind`,
      target: 'no removed element, no live WebGL context, no added font face',
      measured: `${cycles.elementsAlive} elements alive; ${cycles.liveContexts} live contexts of ${cycles.contexts} made; fonts ${cycles.fonts[0]} → ${cycles.fonts[1]}; JS heap ${mb(cycles.heap[0])} → ${mb(cycles.heap[cycles.heap.length - 1])} MB, ${signed((cycles.lateSlope / KB).toFixed(1))} KB a cycle over the second half`,
      met: cycles.elementsAlive === 0 && cycles.liveContexts === 0 && cycles.fonts[0] === cycles.fonts[1],
    },
    {
      name: `Long tasks over 100 ms while scrolling ${scroll.steps} steps at ${scroll.events.toLocaleString('en')} events`,
      target: 'none',
      measured: `${scroll.longTasks.filter((t) => t > 100).length} (longest ${scroll.longestTaskMs} ms; ${scroll.longTasks.length} over 50 ms)`,
      met: scroll.longTasks.every((t) => t <= 100),
    },
    {
      name: 'A date step on the static map: markup written, and its cost, against the whole map drawn again (medians)',
      target: 'a fifth of the whole or less, in markup and in time',
      measured: `${kb(staticSteps.bytes.layer.median)} KB vs ${kb(staticSteps.bytes.whole.median)} KB; compute ${ms(staticSteps.compute.layer.median)} vs ${ms(staticSteps.compute.whole.median)} ms; in the page ${ms(staticSteps.page.layer.median)} vs ${ms(staticSteps.page.whole.median)} ms`,
      met:
        staticSteps.bytes.layer.median < 10 * KB &&
        staticSteps.bytes.layer.median < staticSteps.bytes.whole.median / 10,
    },
    {
      name: `A video of the story (${video.days} days at ${video.pace} a second, ${video.size}, ${video.fps} fps), made in the page, against its own length`,
      target: 'made faster than it plays; the page responsive (no task over 200 ms)',
      measured: `${video.seconds.toFixed(1)} s for ${video.videoSeconds.toFixed(1)} s of ${video.format} (${(video.seconds / video.videoSeconds).toFixed(2)}×); longest task ${Math.max(0, ...video.longTasks)} ms`,
      met: video.seconds <= video.videoSeconds && video.longTasks.every((t) => t <= 200),
    },
    {
      name: 'An article with the map far below: bytes beyond the article, and long tasks, until it is near',
      target: '≤ 5 KB, no task over 50 ms',
      measured: `${kb(weighed('Article, element far below').total - longArticle)} KB; ${guest.far.longTasks.length ? guest.far.longTasks.map((t) => `${t} ms`).join(', ') : 'no long task'} in ${guest.far.seconds} s`,
      met:
        weighed('Article, element far below').total - longArticle <= 5 * KB &&
        guest.far.longTasks.every((t) => t <= 50),
    },
    ...(
      [
        'Article, element far below',
        'Article, element on the first screen',
        'Article, iframe on the first screen',
      ] as const
    ).map((name): Target => {
      const m = lh(name);
      const first = !name.includes('far');
      const without = first ? alone : aloneLong;
      return {
        name: `Lighthouse: ${name} (median), against the article alone${first ? '' : ', as long'} (FCP ${s1(without.fcp)} s, LCP ${s1(without.lcp)} s)`,
        target: first ? 'FCP within 0.1 s, LCP ≤ 1.5 s, CLS 0, TBT ≤ 200 ms' : 'FCP and LCP within 0.1 s',
        measured: `FCP ${s1(m.fcp)} s, LCP ${s1(m.lcp)} s, CLS ${m.cls.toFixed(3)}, TBT ${ms(m.tbt)} ms (performance ${m.performance})`,
        met: first
          ? m.fcp - without.fcp <= 100 && m.lcp <= 1500 && m.cls === 0 && m.tbt <= 200
          : m.fcp - without.fcp <= 100 && m.lcp - without.lcp <= 100,
      };
    }),
    ...(['Article, element on the first screen', 'Article, iframe on the first screen'] as const).map(
      (name): Target => {
        const w = weighed(name);
        return {
          name: `${name}, before any reach: bytes in all (HTML and CSS included), and MapLibre`,
          target: '≤ 120 KB, none of MapLibre',
          measured: `${kb(w.total)} KB; MapLibre ${kb(w.parts.maplibre)} KB`,
          met: w.total <= 120 * KB && w.parts.maplibre === 0,
        };
      },
    ),
    {
      name: `From the reach to the live map, at ${guest.reach.cpuSlowdown}× CPU (medians), against a MapLibre-only page's start to first idle`,
      target: 'no slower; the first zoom carried out',
      measured: `${ms(guest.reach.reach.median)} ms vs ${ms(guest.reach.baseline.median)} ms; zoom ${guest.reach.zoomApplied ? 'carried out' : 'lost'}`,
      met: guest.reach.reach.median <= guest.reach.baseline.median && guest.reach.zoomApplied,
    },
    {
      name: 'index.html on top of MapLibre: code, story, base map data and fonts (gzip, counted at the server)',
      target: '≤ 100 KB',
      measured: `${kb(page.parts.app + page.parts.story + page.parts.data + page.parts.fonts)} KB (relief ${kb(page.parts.relief)} KB)`,
      met: page.parts.app + page.parts.story + page.parts.data + page.parts.fonts <= 100 * KB,
    },
    {
      name: `Lighthouse: index.html (median), against the static floor page (FCP ${s1(lh('Static floor (inline SVG)').fcp)} s, LCP ${s1(lh('Static floor (inline SVG)').lcp)} s) and MapLibre only (TBT ${ms(lh('MapLibre only').tbt)} ms)`,
      target: 'FCP ≤ 1.0 s, LCP ≤ 1.5 s, TBT within 300 ms of MapLibre only',
      measured: `FCP ${s1(lh('index.html').fcp)} s, LCP ${s1(lh('index.html').lcp)} s, TBT ${ms(lh('index.html').tbt)} ms`,
      met:
        lh('index.html').fcp <= 1000 &&
        lh('index.html').lcp <= 1500 &&
        lh('index.html').tbt - lh('MapLibre only').tbt <= 300,
    },
    ...lighthouse
      .filter((l) => l.page.endsWith('.html'))
      .flatMap(({ page, median: m }): Target[] => [
        {
          name: `Lighthouse mobile on ${page} (median): performance, FCP, LCP, CLS`,
          target: '≥ 90, ≤ 1.5 s, ≤ 2.5 s, < 0.05',
          measured: `${m.performance}, ${s1(m.fcp)} s, ${s1(m.lcp)} s, ${m.cls.toFixed(3)} (TBT ${s1(m.tbt)} s)`,
          met: m.performance >= 90 && m.fcp <= 1500 && m.lcp <= 2500 && m.cls < 0.05,
        },
        {
          name: `Lighthouse on ${page} (median): accessibility, best practices, SEO`,
          target: '100, 100, 100',
          measured: `${m.accessibility}, ${m.bestPractices}, ${m.seo}`,
          met: m.accessibility === 100 && m.bestPractices === 100 && m.seo === 100,
        },
      ]),
  ];
}
