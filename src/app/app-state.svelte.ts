import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { baseStyle } from '../map/style.ts';
import { themes } from '../theme/theme.ts';
import { categoryStyles, type CategoryStyle } from '../model/categories.ts';
import { english, type I18n } from '../i18n/i18n.ts';
import { dataUrl, styleAssets } from '../map/assets.ts';
import { storyStyle, styleOptionsFor } from '../map/story-style.ts';
import { attachStory, type StoryMap } from '../map/story-map.ts';
import type { MapOptions } from '../map/controller.ts';
import { insetPoints } from '../model/story-derive.ts';
import { toDayNumber } from '../model/dates.ts';
import { historyFor, type Command, type Origin } from '../model/commands.ts';
import type { View } from '../model/url-state.ts';
import {
  sourcesFileName,
  type StoryEventCollection,
  type StoryEventProperties,
  type StorySources,
} from '../story/built.ts';
import type { EmbedOptions } from '../embed/options.ts';
import { embedSnippet } from '../embed/snippet.ts';
import { loadSources, loadStory } from './load-story.ts';
import { readOptions } from './read-options.ts';
import { StoryState } from './story-state.svelte.ts';
import { writeUrl } from './url-sync.ts';

export interface AppConfig {
  /** Options as a query string: the page's own, or made from an element's attributes. */
  search: string;
  /** Where the build's files are, ending in '/'. */
  base: string;
  /** Keep the date, mode and view in the page's own URL (the full page and the iframe; not an element). */
  syncUrl: boolean;
  /** Minimal chrome for an embed: no page title, and gestures that leave the host page's scrolling alone. */
  embedded: boolean;
  /** Told each new date, once the story has loaded. */
  ondate?: (date: string) => void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Only the chosen layers' events, when a host picked some. */
const withLayers = (c: StoryEventCollection, o: EmbedOptions): StoryEventCollection =>
  o.layers ? { ...c, features: c.features.filter((f) => o.layers!.includes(f.properties.category)) } : c;

/**
 * The app's state in one place: the story and the reader's moment in it, the options, the map's
 * style and its problems. Every change of date, mode, view or selection comes in as a command that
 * says who asked (`apply`), so the slider, the URL, a host page and the element behave alike.
 * Made during the root component's setup, so its effects live as long as the component.
 */
export class AppState {
  story = $state<StoryState | null>(null);
  options = $state<EmbedOptions | null>(null);
  style = $state<StyleSpecification | null>(null);
  /** Why there is no story to show. */
  error = $state<string | null>(null);
  /** Events of the story left out because they are broken, each naming its field. */
  storyErrors = $state<string[]>([]);
  /** What went wrong with the map itself; the slider and the panel work without it. */
  mapProblems = $state<string[]>([]);
  /** The opening view, and the view a command asked for before the map existed. */
  view = $state<View | undefined>();
  storyMap = $state<StoryMap | null>(null);
  /** The story's categories with their colours in the theme. */
  categories = $state.raw<CategoryStyle[]>([]);
  i18n = $state.raw<I18n>(english);
  /** Each event's sources, once a reader has opened them; why they could not be shown, if so. */
  sources = $state.raw<StorySources | null>(null);
  sourcesError = $state<string | null>(null);
  #sourcesLoading: Promise<void> | null = null;
  collection = $state.raw<StoryEventCollection | null>(null);

  readonly config: AppConfig;
  /** Who made the last change, which decides how it lands in the page's history. */
  #origin: Origin = 'url';
  #map: MapLibreMap | null = null;

  selectedEvent = $derived.by(() => this.story?.events.find((e) => e.id === this.story?.selectedId) ?? null);
  /** The day's events, with the selected one first when it is not among them. */
  panelEvents = $derived.by((): StoryEventProperties[] => {
    if (!this.story) return [];
    const day = this.story.dayEvents;
    const selected = this.selectedEvent;
    return selected && !day.includes(selected) ? [selected, ...day] : day;
  });
  #insetAt = $derived(this.collection ? insetPoints(this.collection) : null);
  /** The inset's title and markers at the date, each in its category's colour. */
  inset = $derived.by(() => {
    const at = this.story && this.#insetAt?.(this.story.date, this.story.mode);
    if (!at) return null;
    const color = Object.fromEntries(this.categories.map((c) => [c.id, c.color]));
    return { title: at.title, points: at.points.map((p) => ({ ...p, color: color[p.category] ?? '#8c8c8c' })) };
  });
  showPanel = $derived(this.options?.panel ?? true);

  constructor(config: AppConfig) {
    this.config = config;
    $effect(() => {
      if (this.story && this.storyMap) this.storyMap.setTime(toDayNumber(this.story.date), this.story.mode);
    });
    $effect(() => {
      const s = this.story;
      if (!s || !config.syncUrl) return;
      const push = historyFor(this.#origin) === 'push' && !s.playing;
      writeUrl({ date: s.date, mode: s.mode, view: this.currentView() }, push);
    });
    $effect(() => {
      if (this.story) config.ondate?.(this.story.date);
    });
  }

  /** Loads the story; the map's style follows from it, or the bare base map when there is none. */
  async load(): Promise<void> {
    const assets = styleAssets(this.config.base);
    try {
      const { collection: loaded, errors } = await loadStory(dataUrl('story.geojson', this.config.base));
      if (errors.length) {
        for (const e of errors) console.warn(`Qantar: ${e}`);
        this.storyErrors = errors;
      }
      const options = readOptions(this.config.search, loaded.story);
      const c = withLayers(loaded, options);
      const s = new StoryState(c);
      this.options = options;
      this.#applyOptions(options, s);
      this.view = options.view;
      const theme = themes[options.theme];
      this.categories = categoryStyles(c.story.categories, theme);
      const initial = { day: toDayNumber(s.date), mode: s.mode, pulse: 0 };
      this.style = storyStyle(assets, c, initial, styleOptionsFor(c.story, theme, this.i18n));
      this.collection = c;
      this.story = s;
    } catch (e) {
      this.error = (e as Error).message;
      this.style = baseStyle(assets, themes[this.options?.theme ?? 'light']);
    }
  }

  /** The map's options: where it opens, how far it pans, and how it behaves in a host page. */
  mapOptions(fullscreen: HTMLElement | undefined): MapOptions {
    const story = this.collection?.story;
    return {
      view: this.view,
      bounds: story?.bounds,
      maxBounds: story?.maxBounds,
      cooperative: this.config.embedded,
      fullscreen,
      onproblem: this.noteProblem,
      sourceName: (id) =>
        story?.overlays.flatMap((o) => (o.kind === 'line' && `line:${o.id}` === id ? [o.label] : []))[0],
    };
  }

  /** Fetches the sources file the first time a reader opens an event's sources. */
  loadSources = (): Promise<void> => {
    const story = this.collection?.story;
    if (!story) return Promise.resolve();
    this.#sourcesLoading ??= loadSources(dataUrl(sourcesFileName(story.lang, story.languages), this.config.base))
      .then(({ sources, errors }) => {
        for (const e of errors) console.warn(`Qantar: ${e}`);
        this.sources = sources;
      })
      .catch((e: Error) => {
        this.sourcesError = e.message;
      });
    return this.#sourcesLoading;
  };

  noteProblem = (message: string) => {
    if (!this.mapProblems.includes(message)) this.mapProblems = [...this.mapProblems, message];
  };

  mapFailed = (message: string) => {
    console.error(message);
    this.noteProblem(
      `This browser cannot draw the map (${/WebGL/i.test(message) ? 'it has no WebGL2' : message}). The dates and the events of each day still work below.`,
    );
  };

  /** The map has loaded its style: the story takes it over. */
  mapLoaded = (m: MapLibreMap) => {
    this.#map = m;
    if (!this.story) return;
    this.storyMap = attachStory(m, { onselect: (id) => this.select(id, false), reducedMotion, i18n: this.i18n });
    if (this.config.syncUrl)
      m.on('moveend', () => {
        const s = this.story;
        if (s) writeUrl({ date: s.date, mode: s.mode, view: this.currentView() }, false);
      });
    if (this.options?.autoplay) this.story.clock.play();
  };

  currentView(): View | undefined {
    if (!this.#map) return this.view;
    const c = this.#map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: this.#map.getZoom() };
  }

  /** Carries out a command, remembering who asked. Commands that come before the story wait in the state. */
  apply(command: Command, origin: Origin): void {
    this.#origin = origin;
    const s = this.story;
    switch (command.type) {
      case 'date':
        return s?.seekDate(command.date);
      case 'mode':
        if (s) s.mode = command.mode;
        return;
      case 'play':
        return s?.clock.play();
      case 'pause':
        return s?.clock.pause();
      case 'select':
        return command.id === null ? void (s && (s.selectedId = null)) : this.select(command.id, true);
      case 'view':
        return this.#moveTo(command.view, command.animate ?? false);
    }
  }

  /** The reader steps the slider to a day of the story. */
  seek = (index: number) => {
    this.#origin = 'reader';
    this.story?.seek(index);
  };

  /** Back and Forward: the options in the page's URL again. */
  popState = () => {
    if (!this.config.syncUrl || !this.story || !this.collection) return;
    const o = readOptions(location.search, this.collection.story);
    this.#origin = 'url';
    this.#applyOptions(o, this.story);
    if (o.view) this.#moveTo(o.view, false);
  };

  select(id: string, moveMap: boolean) {
    const s = this.story;
    if (!s || !this.collection) return;
    s.selectedId = id;
    const f = this.collection.features.find((x) => x.properties.id === id);
    if (moveMap && f) this.storyMap?.show(f.properties, f.geometry.coordinates as [number, number]);
  }

  snippet = (kind: 'iframe' | 'element') =>
    embedSnippet(this.config.base, { date: this.story?.date, mode: this.story?.mode, view: this.currentView() }, kind);

  destroy() {
    this.story?.clock.destroy();
    this.storyMap?.destroy();
  }

  /** Moves the story to the options' date and mode. */
  #applyOptions(o: EmbedOptions, s: StoryState) {
    if (o.date) s.seekDate(o.date);
    if (o.mode) s.mode = o.mode;
  }

  #moveTo(view: View | 'story', animate: boolean) {
    const m = this.#map;
    const bounds = this.collection?.story.bounds;
    if (!m) {
      if (view !== 'story') this.view = view;
      return;
    }
    const duration = animate && !reducedMotion() ? 1200 : 0;
    if (view === 'story') {
      if (bounds) m.fitBounds(bounds, { padding: 16, duration });
    } else m.flyTo({ center: [view.lng, view.lat], zoom: view.zoom, duration });
  }
}
