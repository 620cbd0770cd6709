import { untrack } from 'svelte';
import { historyFor, type Command, type Origin } from '../model/commands.ts';
import { categoryStyles, type CategoryStyle } from '../model/categories.ts';
import { insetPoints } from '../model/story-derive.ts';
import { legendItems, type LegendItem } from '../model/legend.ts';
import { hiddenLayers, layerShown } from '../model/layers.ts';
import { clampDate, toDayNumber } from '../model/dates.ts';
import type { StoryRange, View } from '../model/url-state.ts';
import { EVENT_ZOOM, hostEventLink, siteEventLink, type HostPage } from '../model/event-link.ts';
import {
  sourcesFileName,
  storyFileName,
  type StoryEventCollection,
  type StoryEventProperties,
  type StorySources,
} from '../story/built.ts';
import type { CheckedCollection } from '../story/event-collection.ts';
import { themes, type Theme } from '../theme/theme.ts';
import { english, type I18n, type Lang } from '../i18n/i18n.ts';
import { i18nFor } from '../i18n/catalogues.ts';
import { pickLang } from '../i18n/pick-lang.ts';
import { defaultOptions, type EmbedOptions } from '../embed/options.ts';
import { askCommands, stepCommands, type Ask } from '../embed/steps.ts';
import { cameraFor, projector, type Camera, type Size } from '../static/mercator.ts';
import { PRERENDER_SIZE } from './prerender-size.ts';
import { dataUrl, siteUrl } from './data-url.ts';
import { loadSources, loadStory } from './load-story.ts';
import { readOptions } from './read-options.ts';
import { Playback } from './playback.svelte.ts';
import { writeUrl } from './url-sync.ts';
import type { LiveMap } from './live-map.ts';
import type { LiveWhen } from './map-loader.ts';
import type { Reach } from './reach.ts';

export interface AppConfig {
  /** Options as a query string: the page's own, or made from an element's attributes. */
  search: string;
  /** Where the build's files are, ending in '/'. */
  base: string;
  /** Keep the date, mode and view in the page's own URL (the full page and the iframe; not an element). */
  syncUrl: boolean;
  /** Minimal chrome for an embed: no page title, and gestures that leave the host page's scrolling alone. */
  embedded: boolean;
  /** The story, when the page carries it (prerendered): the first render needs no request. */
  initial?: CheckedCollection;
  /** Told each new date, once the story has loaded. */
  ondate?: (date: string) => void;
  /**
   * The languages to choose from when no `lang` option is given, first preferred: the reader's
   * (navigator.languages) on a page, the host page's `lang` for an element, the page's own on a
   * language page (ru/, kk/).
   */
  languages?: readonly string[];
  /** The words the page was prerendered in: hydration starts from the same text. */
  i18n?: I18n;
  /** When the interactive map starts: whether a link's event is centred on it (see `#centre`). */
  loadMap?: LiveWhen;
  /** The folder of the build's per-event pages ('e/'), where it wrote them: the panel's links lead there. */
  eventPages?: string;
  /** The page the map is in, when it is someone else's (the element's): the panel's links lead there. */
  hostPage?: () => HostPage;
}

/** A story's range for reading a URL: its days, its box and its events' first days. */
const rangeOf = (c: StoryEventCollection): StoryRange & { categories: readonly { id: string }[] } => ({
  ...c.story,
  eventDates: new Map(c.features.map((f) => [f.properties.id, f.properties.date])),
});

/** Only the chosen layers' events, when a host picked some. */
const withLayers = (c: StoryEventCollection, o: EmbedOptions): StoryEventCollection =>
  o.layers ? { ...c, features: c.features.filter((f) => o.layers!.includes(f.properties.category)) } : c;

/**
 * The app's state in one place: the story and the reader's moment in it, the options, the camera,
 * and the map's problems. Every change of date, mode, view or selection comes in as a command that
 * says who asked (`apply`), so the slider, the URL, a host page, a scroll step and the element behave
 * alike, and a command that comes before the story or the map waits in the state. Made during the
 * root component's setup, so its effects live as long as the component.
 */
export class AppState {
  playback = $state<Playback | null>(null);
  collection = $state.raw<StoryEventCollection | null>(null);
  options = $state.raw<EmbedOptions>(defaultOptions);
  /** Why there is no story to show. */
  error = $state<string | null>(null);
  /** Events of the story left out because they are broken, each naming its field. */
  storyErrors = $state<string[]>([]);
  /** What went wrong with the map itself; the slider and the panel work without it. */
  mapProblems = $state<string[]>([]);
  i18n = $state.raw<I18n>(english);
  /** Each event's sources, once a reader has opened them; why they could not be shown, if so. */
  sources = $state.raw<StorySources | null>(null);
  sourcesError = $state<string | null>(null);
  /** The map's size on the page, once measured. */
  size = $state.raw<Size>(PRERENDER_SIZE);
  /** A view asked for (URL, host, step) that the camera follows; the story's extent when none. */
  view = $state.raw<View | undefined>(undefined);
  /** The interactive map, once MapLibre has loaded and drawn. */
  live = $state.raw<LiveMap | null>(null);
  /** The interactive map is on its way (the reader reached for it, or the page started it). */
  liveLoading = $state(false);
  /** The static map is the map for good: this browser cannot draw the interactive one. */
  staticOnly = $state(false);
  /** What the reader reached for before the interactive map had drawn: carried out once it has. */
  reach = $state.raw<Reach | null>(null);
  /** Starts the interactive map now, for a reach; null once it has started (or where it never will). */
  requestLive: ((reach: Reach) => void) | null = null;
  /** What a polite live region says once: the date a scroll step or the host page moved to. */
  announcement = $state('');
  /** The layers a scroll step shows, among the page's own; null: the page's own. */
  stepLayers = $state.raw<string[] | null>(null);
  /** The page the iframe is in, as its host said (`qantar:host-page`): the panel's links lead there. */
  hostPage = $state.raw<HostPage | null>(null);

  readonly config: AppConfig;
  /** Who made the last change, which decides how it lands in the page's history. */
  #origin: Origin = 'url';
  #sourcesLoading: Promise<void> | null = null;
  /** The last ask that came before the story, carried out once it has loaded; who to tell if it is refused. */
  #pendingAsk: { ask: Ask; origin: Origin; step: boolean; refused?: (why: string) => void } | null = null;
  /** The story as loaded, before any choice of layers. */
  #loaded: CheckedCollection | null = null;
  /** The page's options are applied: its date is the one to tell the host, not the prerendered one. */
  #started = $state(false);
  /** A link's event, to centre the interactive map on once it has started. */
  #centreOn = $state<string | null>(null);
  /** A link's event that came (from the host page) before the story: opened once it has loaded. */
  #pendingEvent: { id: string; origin: Origin; refused: (why: string) => void } | null = null;
  /** The date and mode last written to the URL: only a new one of those makes a history entry. */
  #written = { date: '', mode: '' };

  theme = $derived<Theme>(themes[this.options.theme]);
  /** The story's categories with their colours in the theme. */
  categories = $derived<CategoryStyle[]>(
    this.collection ? categoryStyles(this.collection.story.categories, this.theme) : [],
  );
  /** The categories the map does not draw: outside the page's `layers`, or the step's. */
  hidden = $derived.by((): string[] =>
    hiddenLayers(this.collection?.story.categories.map((c) => c.id) ?? [], this.options.layers, this.stepLayers),
  );
  /** Where the map looks: the view asked for, or the story's extent, kept inside the map's bounds. */
  camera = $derived.by((): Camera | null => {
    const story = this.collection?.story;
    return story ? cameraFor(this.view, story.bounds, story.maxBounds, this.size) : null;
  });
  selectedEvent = $derived.by(() => this.playback?.events.find((e) => e.id === this.playback?.selectedId) ?? null);
  /** The day's events, with the selected one first when it is not among them. */
  panelEvents = $derived.by((): StoryEventProperties[] => {
    if (!this.playback) return [];
    const day = this.playback.dayEvents;
    const selected = this.selectedEvent;
    return selected && !day.includes(selected) ? [selected, ...day] : day;
  });
  /** The map's key: what this story draws in the layers shown, in the theme's colours. */
  legend = $derived.by((): LegendItem[] => {
    if (!this.collection || !this.playback) return [];
    const shown = (category?: string) => layerShown(category, this.hidden);
    const categories = this.categories.filter((c) => shown(c.id));
    const overlays = this.collection.story.overlays.filter((o) => shown('category' in o ? o.category : undefined));
    const events = this.playback.events.filter((e) => shown(e.category));
    return legendItems(categories, overlays, events, this.playback.mode);
  });
  #insetAt = $derived(this.collection ? insetPoints(this.collection) : null);
  /** The inset's title and markers at the date, each in its category's colour. */
  inset = $derived.by(() => {
    const at = this.playback && this.#insetAt?.(this.playback.date, this.playback.mode);
    if (!at) return null;
    const color = Object.fromEntries(this.categories.map((c) => [c.id, c.color]));
    const points = at.points.filter((p) => layerShown(p.category, this.hidden));
    return { ...at, points: points.map((p) => ({ ...p, color: color[p.category] ?? '#8c8c8c' })) };
  });
  showPanel = $derived(this.options.panel);
  /** The day in a line: the date and how many events (the compact layout's summary). */
  daySummary = $derived(
    this.playback
      ? `${this.i18n.date(this.playback.date)} · ${this.i18n.t('events.count', { count: this.playback.dayEvents.length })}`
      : '',
  );

  constructor(config: AppConfig) {
    this.config = config;
    if (config.i18n) this.i18n = config.i18n;
    // A prerendered page carries its story: the first render is the same on the server and the client.
    if (config.initial) this.#setStory(config.initial, defaultOptions);
    $effect(() => {
      const s = this.playback;
      if (!s || !config.syncUrl) return;
      // The selection is kept in the URL (a reload or a copied address opens it again), in place: Back
      // steps through dates and modes, not through every event clicked.
      const moved = s.date !== this.#written.date || s.mode !== this.#written.mode;
      const push = historyFor(this.#origin) === 'push' && !s.playing && moved;
      this.#written = { date: s.date, mode: s.mode };
      writeUrl({ date: s.date, mode: s.mode, view: this.currentView(), event: s.selectedId ?? undefined }, push);
    });
    $effect(() => {
      if (this.playback && this.#started) config.ondate?.(this.playback.date);
    });
    $effect(() => {
      if (this.live && this.playback) this.live.story?.setTime(toDayNumber(this.playback.date), this.playback.mode);
    });
    $effect(() => {
      this.live?.story?.setHidden(this.hidden);
    });
    // The live map's popup is the selection: a map that starts after a step selected an event opens it,
    // and a step that selects nothing closes it.
    $effect(() => {
      const story = this.live?.story;
      const id = this.playback?.selectedId;
      if (!story) return;
      const f = id ? untrack(() => this.collection?.features.find((x) => x.properties.id === id)) : undefined;
      story.select(f ? { event: f.properties, lngLat: f.geometry.coordinates as [number, number] } : null);
    });
    // A link's event, once the interactive map has started: it eases there (the static map showed its popup meanwhile).
    $effect(() => {
      const story = this.live?.story;
      const id = this.#centreOn;
      if (!story || !id) return;
      untrack(() => {
        this.#centreOn = null;
        const f = this.collection?.features.find((x) => x.properties.id === id);
        if (f && this.playback?.selectedId === id) story.show(f.properties, f.geometry.coordinates as [number, number]);
      });
    });
  }

  /** The reader moved the interactive map: the URL follows, in place. */
  viewChanged = () => {
    const s = this.playback;
    if (s) writeUrl({ date: s.date, mode: s.mode, view: this.currentView(), event: s.selectedId ?? undefined }, false);
  };

  /**
   * In the browser: the page's own options (URL or attributes) as commands, or the story first when
   * the page did not carry it.
   */
  async start(): Promise<void> {
    try {
      const loaded = this.#loaded ?? (await loadStory(dataUrl('story.geojson', this.config.base)));
      const options = readOptions(this.config.search, rangeOf(loaded.collection));
      const lang = options.lang ?? pickLang(undefined, this.config.languages ?? []).lang;
      const [i18n, inLang] = await Promise.all([i18nFor(lang), this.#storyIn(lang, loaded)]);
      this.i18n = i18n;
      // The prerendered story is kept unless the options pick some of its layers or another language.
      if (!this.#loaded || options.layers || inLang !== loaded) this.#setStory(inLang, options);
      else this.#applyOptions(options, 'url', true);
      this.#started = true;
      const event = this.#pendingEvent;
      this.#pendingEvent = null;
      if (event) {
        const warning = this.openEvent(event.id, event.origin);
        if (warning) event.refused(warning);
      }
      const pending = this.#pendingAsk;
      this.#pendingAsk = null;
      if (pending) {
        const warning = this.ask(pending.ask, pending.origin, pending.step);
        if (warning) (pending.refused ?? ((why) => console.warn(`Qantar: ${why}`)))(warning);
      }
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** The story's text in a language it is given in; as it is when it is not given in that one. */
  async #storyIn(lang: Lang, loaded: CheckedCollection): Promise<CheckedCollection> {
    const { lang: has, languages } = loaded.collection.story;
    if (lang === has || !languages.includes(lang)) return loaded;
    return loadStory(dataUrl(storyFileName(lang, languages), this.config.base));
  }

  #setStory(loaded: CheckedCollection, options: EmbedOptions) {
    const { collection, errors } = loaded;
    this.#loaded = loaded;
    if (errors.length) {
      for (const e of errors) console.warn(`Qantar: ${e}`);
      this.storyErrors = errors;
    }
    const c = withLayers(collection, options);
    // Sources are per language: a story in another language reads its own file.
    if (this.collection && this.collection.story.lang !== c.story.lang) {
      this.#sourcesLoading = null;
      this.sources = null;
    }
    this.playback?.clock.destroy();
    this.collection = c;
    this.playback = new Playback(c);
    this.#applyOptions(options, 'url', true);
  }

  /**
   * Moves to the options' date, mode and view, selects their event, and takes their theme, panel and
   * autoplay. `opening`: the page's own options as it opens (a link), not Back or Forward: only then
   * is the map centred on the event, and an entry without one leaves the selection as it is.
   */
  #applyOptions(o: EmbedOptions, origin: Origin, opening = false) {
    this.options = o;
    if (o.date) this.apply({ type: 'date', date: o.date }, origin);
    if (o.mode) this.apply({ type: 'mode', mode: o.mode }, origin);
    if (o.view) this.apply({ type: 'view', view: o.view }, origin);
    if (o.event) this.#selectLinked(o.event, opening && !o.view, origin);
    else if (!opening && this.playback) this.playback.selectedId = null;
  }

  /**
   * A link's event (`?event=`, the host page's `qantar:event`, the element's fragment): selected, so its
   * text is open in the panel and its popup on the map; and, with `centre`, the map centred on it:
   * - an event outside what the map shows now (the story's view shows every event of a story whose box
   *   holds them all) is a view of its own, which the interactive map draws (it starts for it);
   * - else, where the interactive map starts by itself (the full page; an embed's `loading="visible"`
   *   or `"eager"`), it eases there once it has started;
   * - in an article that waits for the reader's reach, the static map showing it is enough: the link
   *   does not start MapLibre, and the map starts on the story's view when the reader reaches for it.
   * An event placed on a whole country is not zoomed to: the story's view shows it whole.
   */
  #selectLinked(id: string, centre: boolean, origin: Origin) {
    const s = this.playback;
    const f = this.collection?.features.find((x) => x.properties.id === id);
    if (!s) return;
    if (!f) {
      // An event of the story that the page's `layers` leave out.
      console.warn(`Qantar: event "${id}" is not among the layers shown: ignored`);
      return;
    }
    s.selectedId = id;
    if (!centre || f.properties.placeType === 'country') return;
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const camera = this.camera;
    if (camera && !this.#shows(camera, [lng, lat]))
      return this.apply({ type: 'view', view: { lng, lat, zoom: Math.max(camera.zoom, EVENT_ZOOM) } }, origin);
    if (this.config.loadMap === 'interaction') return;
    if (this.live?.story) this.live.story.show(f.properties, [lng, lat]);
    else this.#centreOn = id;
  }

  /** Whether a place is on the map looking through `camera`, a little in from its edges (its popup needs room). */
  #shows(camera: Camera, point: [number, number]): boolean {
    const [x, y] = projector(camera, this.size).point(point);
    const margin = 8;
    return x >= margin && y >= margin && x <= this.size.width - margin && y <= this.size.height - margin;
  }

  /**
   * A link's event from the host page (`qantar:event`) or an attribute: the map at its first day (within
   * the story's), the event selected and centred, as `?event=` opens it; the page's own date and view
   * give way. Why it was ignored, if so; one that comes before the story waits for it, and `refused`
   * hears why if it is ignored then.
   */
  openEvent = (id: string, origin: Origin, refused: (why: string) => void = () => {}): string | null => {
    const c = this.#loaded?.collection;
    if (!c || !this.#started) {
      this.#pendingEvent = { id, origin, refused };
      return null;
    }
    const f = c.features.find((x) => x.properties.id === id);
    if (!f) return `event "${id}" is not an event of the story`;
    this.apply({ type: 'date', date: clampDate(f.properties.date, c.story.start, c.story.end) }, origin);
    this.#selectLinked(id, true, origin);
    return null;
  };

  /**
   * The address that leads to an event, for the panel's "Link to this event": the host page's, where
   * the map is in someone else's (the element's page; the iframe's, once its host has said), else the
   * build's page for the event, else this page with `?event=` (src/model/event-link.ts).
   */
  eventLink = (id: string): string => {
    const host = this.config.hostPage?.() ?? this.hostPage;
    if (host) return hostEventLink(host, id);
    const story = this.collection?.story;
    return siteEventLink(id, {
      page: location.href,
      base: siteUrl(this.config.base, location.href),
      eventPages: this.config.eventPages,
      lang: this.i18n.lang,
      languages: story?.languages ?? [this.i18n.lang],
    });
  };

  /**
   * Plays, when the options ask for it and the reader does not prefer reduced motion: once the map is
   * ready (MapLibre has drawn, or the static map is the map), so playback never fights its loading.
   */
  autoplay = () => {
    if (this.#autoplayed || !this.options.autoplay || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    this.#autoplayed = true;
    this.playback?.clock.play();
  };
  #autoplayed = false;

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

  currentView(): View | undefined {
    return this.live?.view() ?? this.view;
  }

  /** Where the map looks now, the interactive map's moves included: for what is drawn from it (print, images). */
  currentCamera(): Camera | null {
    const story = this.collection?.story;
    return story ? cameraFor(this.currentView(), story.bounds, story.maxBounds, this.size) : null;
  }

  /** Carries out a command, remembering who asked. Commands that come before the story wait in the state. */
  apply(command: Command, origin: Origin): void {
    this.#origin = origin;
    const s = this.playback;
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
        this.view = command.view === 'story' ? undefined : command.view;
        this.live?.moveTo(command.view, command.animate ?? false);
        // A view the static map does not draw: the interactive map starts to show it.
        if (!this.live && this.view) this.requestLive?.({ kind: 'view' });
        return;
      case 'layers':
        this.stepLayers = command.layers;
        return;
    }
  }

  /**
   * What a scroll step (`step`) or a host page's message asks, checked against the story and carried
   * out as one, with its date announced; or why it was ignored, as a whole or in part (an unknown
   * layer). An ask before the story has loaded waits for it (the last one wins), and `refused`
   * hears why if it is ignored then.
   */
  ask(ask: Ask, origin: Origin, step = false, refused?: (why: string) => void): string | null {
    const c = this.collection;
    if (!c) {
      this.#pendingAsk = { ask, origin, step, refused };
      return null;
    }
    const context = {
      start: c.story.start,
      end: c.story.end,
      hasEvent: (id: string) => c.features.some((f) => f.properties.id === id),
      categories: c.story.categories.map((x) => x.id),
      maxBounds: c.story.maxBounds,
    };
    const checked = step ? stepCommands(ask, context) : askCommands(ask, context);
    if ('warning' in checked) return checked.warning;
    for (const command of checked.commands) this.apply(command, origin);
    if (ask.date) this.announcement = this.i18n.date(ask.date);
    return checked.partly ?? null;
  }

  /** The reader steps the slider to a day of the story. */
  seek = (index: number) => {
    this.#origin = 'reader';
    this.playback?.seek(index);
  };

  /** Back and Forward: the options in the page's URL again. */
  popState = () => {
    if (!this.config.syncUrl || !this.collection) return;
    this.#applyOptions(readOptions(location.search, rangeOf(this.#loaded?.collection ?? this.collection)), 'url');
  };

  select(id: string, moveMap: boolean) {
    const s = this.playback;
    if (!s || !this.collection) return;
    s.selectedId = id;
    const f = this.collection.features.find((x) => x.properties.id === id);
    if (moveMap && f) this.live?.story?.show(f.properties, f.geometry.coordinates as [number, number]);
  }

  destroy() {
    this.playback?.clock.destroy();
    this.live?.destroy();
  }
}
