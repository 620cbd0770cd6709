import type { AppState } from './app-state.svelte.ts';
import type { LiveMap } from './live-map.ts';
import type { Camera } from '../static/mercator.ts';
import type { Reach } from './reach.ts';

/**
 * When the interactive map starts: `idle` once the page has painted and the browser is idle (a page of
 * its own, where the map is the page); `interaction` when the reader reaches for it (an article's
 * embed); `visible` when it comes within a screen of being seen; `now` at once.
 */
export type LiveWhen = 'idle' | 'interaction' | 'visible' | 'now';

/** The live-map chunk, fetched once a page: when the reader comes near the map, or when it starts. */
let chunk: Promise<typeof import('./live-map.ts')> | null = null;
export const warmLiveMap = () => (chunk ??= import('./live-map.ts'));

/** Reaches before the map is live, as one: a zoom is what is carried out, the clicks of one zoom adding up. */
function merged(before: Reach | null, now: Reach): Reach {
  if (now.kind !== 'zoom') return before ?? now;
  return before?.kind === 'zoom' ? { ...now, delta: before.delta + now.delta } : now;
}

/** What the reader reached for, carried out on the live map once it has drawn. */
function replay(live: LiveMap, reach: Reach): void {
  if (reach.kind !== 'zoom') return;
  const { map } = live;
  // At once: the reader has waited for it, and an animation begun as the map takes over may be cut short.
  const around = reach.around ? map.unproject(reach.around) : undefined;
  map.zoomTo(map.getZoom() + reach.delta, { around, duration: 0 });
}

/**
 * Loads MapLibre and starts the interactive map `when` the page says; where it cannot make its WebGL2
 * context, the static map is the map for good. (No test context is made beforehand: making one is a
 * long task of its own, paid again by MapLibre's.) `camera` is where the static map looks, so the live
 * map opens on it. Sets `app.requestLive`, by which a reach (or a view the static map cannot draw) starts it sooner.
 * Returns a function that cancels what has not started yet.
 */
export function scheduleLiveMap(
  app: AppState,
  container: HTMLElement,
  fullscreen: HTMLElement,
  when: LiveWhen,
  label: () => string,
  camera: () => Camera | null,
): () => void {
  let cancelled = false;
  let started = false;
  /** A map that has loaded but not drawn yet, so not the app's to destroy: cancelling destroys it. */
  let drawing: LiveMap | null = null;
  const stops: (() => void)[] = [];
  const cancel = () => {
    cancelled = true;
    app.requestLive = null;
    stops.forEach((stop) => stop());
    drawing?.destroy();
    drawing = null;
  };
  const start = async () => {
    if (cancelled || started) return;
    started = true;
    app.liveLoading = true;
    const { startLiveMap } = await warmLiveMap();
    if (cancelled) return;
    const playback = app.playback;
    const view = app.view;
    const live = await startLiveMap(
      {
        collection: app.collection,
        date: playback?.date ?? '',
        mode: playback?.mode ?? 'cumulative',
        hidden: app.hidden,
        theme: app.theme,
        i18n: app.i18n,
        // A view asked for; else where the static map looks, so nothing moves as the live map takes over.
        camera: (app.view ? app.camera : camera()) ?? app.camera,
        base: app.config.base,
        embedded: app.config.embedded,
        label: label(),
        onproblem: app.noteProblem,
        onselect: (id) => app.select(id, false),
      },
      container,
      fullscreen,
    );
    if (!live) {
      app.liveLoading = false;
      app.requestLive = null;
      app.staticOnly = true;
      app.noteProblem(app.i18n.t('map.noWebgl'));
      return app.autoplay();
    }
    if (cancelled) return live.destroy();
    drawing = live;
    await live.drawn;
    if (cancelled) return;
    drawing = null;
    // The static map steps aside once MapLibre has drawn everything: the two never show different maps.
    app.requestLive = null;
    app.live = live;
    app.liveLoading = false;
    // A view asked while the map loaded (a scroll step, the host page) was not its to draw yet: it is now.
    if (app.view !== view) live.moveTo(app.view ?? 'story', false);
    const reach = app.reach;
    app.reach = null;
    if (reach) replay(live, reach);
    app.autoplay();
    if (app.config.syncUrl) live.map.on('moveend', app.viewChanged);
  };
  app.requestLive = (reach) => {
    app.reach = merged(app.reach, reach);
    void start();
  };
  // Until it starts, the static map is the map: it plays (an embed waiting for the reader is ready now).
  if (when !== 'now' && when !== 'idle') app.autoplay();
  // A view asked for (the URL, an attribute, a step before the map was scheduled) is drawn by the live map.
  if (when === 'now' || (when === 'interaction' && app.view)) void start();
  if (when === 'visible') {
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        void start();
      },
      { rootMargin: '100% 0px' },
    );
    seen.observe(container);
    stops.push(() => seen.disconnect());
  }
  if (when === 'idle') {
    // Once the page has loaded (its first paint's image included) and the browser is idle after it.
    let idle = 0;
    const soon = () => (idle = requestIdleCallback(() => void start(), { timeout: 1500 }));
    if (document.readyState === 'complete') soon();
    else addEventListener('load', soon, { once: true });
    stops.push(() => {
      removeEventListener('load', soon);
      cancelIdleCallback(idle);
    });
  }
  return cancel;
}
