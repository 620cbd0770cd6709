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
