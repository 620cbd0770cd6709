import type { AppState } from './app-state.svelte.ts';
import type { LiveMap } from './live-map.ts';

let webGl2: boolean | undefined;
/**
 * Whether this browser can draw with WebGL2, which MapLibre needs: asked once a page, and the test
 * context given back at once (a browser keeps only a few alive, and a page may hold several maps).
 */
function hasWebGl2(): boolean {
  if (webGl2 !== undefined) return webGl2;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    webGl2 = !!gl;
  } catch {
    webGl2 = false;
  }
  return webGl2;
}

/**
 * Loads MapLibre after the page has painted and starts the interactive map: when the browser is idle
 * (a page), or when the map comes within a viewport of being seen (`visible`, for an element further
 * down an article). Without WebGL2 nothing is loaded and the static map stays the map. Returns a
 * function that cancels what has not started yet.
 */
export function scheduleLiveMap(
  app: AppState,
  container: HTMLElement,
  fullscreen: HTMLElement,
  when: 'idle' | 'visible' | 'now',
  label: () => string,
): () => void {
  if (!hasWebGl2()) {
    app.noteProblem(app.i18n.t('map.noWebgl'));
    app.autoplay();
    return () => {};
  }
  let cancelled = false;
  /** A map that has loaded but not drawn yet, so not the app's to destroy: cancelling destroys it. */
  let drawing: LiveMap | null = null;
  const cancel = () => {
    cancelled = true;
    drawing?.destroy();
    drawing = null;
  };
  const start = async () => {
    if (cancelled) return;
    const { startLiveMap } = await import('./live-map.ts');
    if (cancelled) return;
    const playback = app.playback;
    const live = await startLiveMap(
      {
        collection: app.collection,
        date: playback?.date ?? '',
        mode: playback?.mode ?? 'cumulative',
        hidden: app.hidden,
        theme: app.theme,
        i18n: app.i18n,
        camera: app.camera,
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
      app.noteProblem(app.i18n.t('map.noWebgl'));
      return app.autoplay();
    }
    if (cancelled) return live.destroy();
    drawing = live;
    await live.drawn;
    if (cancelled) return;
    drawing = null;
    // The static map steps aside once MapLibre has drawn everything: the two never show different maps.
    app.live = live;
    app.autoplay();
    if (app.config.syncUrl) live.map.on('moveend', app.viewChanged);
  };
  if (when === 'now') {
    void start();
    return cancel;
  }
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
    return () => {
      cancel();
      seen.disconnect();
    };
  }
  const idle = requestIdleCallback(() => void start(), { timeout: 1500 });
  return () => {
    cancel();
    cancelIdleCallback(idle);
  };
}
