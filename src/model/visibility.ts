/** What the map and the panel show at a date: the one rule both follow. */
export const displayModes = ['cumulative', 'day'] as const;
export type DisplayMode = (typeof displayModes)[number];

export interface Dated {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day for things that last (a deployment, a state of emergency), YYYY-MM-DD. */
  end?: string;
}

/** Whether the event is under way on `day`: from its date to its end, or on its date alone. */
export const isActive = (e: Dated, day: string): boolean => e.date <= day && day <= (e.end ?? e.date);

/**
 * `cumulative`: everything that has happened up to the day. `day`: only what is under way that day.
 * ISO dates compare correctly as strings.
 */
export const isShown = (e: Dated, day: string, mode: DisplayMode): boolean =>
  mode === 'cumulative' ? e.date <= day : isActive(e, day);

/** Whether the event begins on the day, so the map can make it stand out. */
export const isNew = (e: Dated, day: string): boolean => e.date === day;

/** How many events begin on each of the given days. */
export function countByDay(events: readonly Dated[], days: readonly string[]): number[] {
  const index = new Map(days.map((d, i) => [d, i]));
  const counts = days.map(() => 0);
  for (const e of events) {
    const i = index.get(e.date);
    if (i !== undefined) counts[i]++;
  }
  return counts;
}

/**
 * What each of the days shows, worked out once so that moving the slider costs nothing per event:
 * the events under way each day (in the given order), and how many each mode shows.
 */
export interface DayIndex<T> {
  active: T[][];
  shown: Record<DisplayMode, number[]>;
}

export function indexByDay<T extends Dated>(events: readonly T[], days: readonly string[]): DayIndex<T> {
  const at = new Map(days.map((d, i) => [d, i]));
  const active = days.map((): T[] => []);
  const begun = days.map(() => 0);
  for (const e of events) {
    // Days are consecutive: the first and last of the event's days within the list.
    const first = e.date < days[0] ? 0 : at.get(e.date);
    const end = e.end ?? e.date;
    const last = end > days[days.length - 1] ? days.length - 1 : at.get(end);
    if (e.date <= days[0]) begun[0]++;
    else if (first !== undefined) begun[first]++;
    if (first === undefined || last === undefined) continue;
    for (let i = first; i <= last; i++) active[i].push(e);
  }
  let sum = 0;
  const soFar = begun.map((n) => (sum += n));
  return { active, shown: { cumulative: soFar, day: active.map((a) => a.length) } };
}

/** Older events fade with the days since they ended, to a floor that keeps them legible. */
export const FADE = { days: 7, floor: 0.35 } as const;

/** An event's opacity `daysSinceEnd` days after it ended: 1 while under way, down to the floor. */
export const fadeAfter = (daysSinceEnd: number): number =>
  1 - (1 - FADE.floor) * Math.min(1, Math.max(0, daysSinceEnd) / FADE.days);
