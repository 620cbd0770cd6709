import type { StoryEventCollection, StoryEventProperties } from '../story/built.ts';
import { countByDay, indexByDay, type DayIndex, type DisplayMode } from '../model/visibility.ts';
import { eachDay } from '../model/dates.ts';
import { createClock, type Clock } from '../model/clock.ts';

/** Playback of the story: the reader's moment in it (date, mode, selection) and the clock that moves it; the one place they live. */
export class Playback {
  readonly days: string[];
  readonly counts: number[];
  readonly events: StoryEventProperties[];
  readonly clock: Clock;
  readonly #byDay: DayIndex<StoryEventProperties>;

  index = $state(0);
  mode = $state<DisplayMode>('cumulative');
  playing = $state(false);
  speed = $state(1);
  loop = $state(false);
  selectedId = $state<string | null>(null);

  date = $derived.by(() => this.days[this.index]);
  dayEvents = $derived.by(() => this.#byDay.active[this.index]);
  shown = $derived.by(() => this.#byDay.shown[this.mode][this.index]);

  constructor(collection: StoryEventCollection) {
    this.days = eachDay(collection.story.start, collection.story.end);
    this.events = collection.features
      .map((f) => f.properties)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
    this.counts = countByDay(this.events, this.days);
    this.#byDay = indexByDay(this.events, this.days);
    this.clock = createClock({
      length: this.days.length,
      onFrame: (i) => (this.index = i),
      onPlayingChange: (p) => (this.playing = p),
    });
  }

  seek = (i: number) => this.clock.seek(i);
  seekDate = (date: string) => {
    const i = this.days.indexOf(date);
    if (i >= 0) this.clock.seek(i);
  };
  toggle = () => this.clock.toggle();
  setSpeed = (s: number) => {
    this.speed = s;
    this.clock.setSpeed(s);
  };
  setLoop = (l: boolean) => {
    this.loop = l;
    this.clock.setLoop(l);
  };
}
