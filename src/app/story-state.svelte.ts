import type { StoryEventCollection, StoryEventProperties } from '../story/schema.ts';
import { countByDay, isActive, isShown, type DisplayMode } from '../model/visibility.ts';
import { eachDay } from '../model/dates.ts';
import { createClock, type Clock } from '../model/clock.ts';

/** The reader's moment in the story: the one place the date, mode and playback live. */
export class StoryState {
  readonly days: string[];
  readonly counts: number[];
  readonly events: StoryEventProperties[];
  readonly clock: Clock;

  index = $state(0);
  mode = $state<DisplayMode>('cumulative');
  playing = $state(false);
  speed = $state(1);
  loop = $state(false);
  selectedId = $state<string | null>(null);

  date = $derived.by(() => this.days[this.index]);
  dayEvents = $derived.by(() => this.events.filter((e) => isActive(e, this.date)));
  shown = $derived.by(() => this.events.filter((e) => isShown(e, this.date, this.mode)).length);

  constructor(collection: StoryEventCollection) {
    this.days = eachDay(collection.story.start, collection.story.end);
    this.events = collection.features
      .map((f) => f.properties)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
    this.counts = countByDay(this.events, this.days);
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
