/** Spans of days, as whole day numbers: what the date-driven map layers are grouped by. */

/** First and last day (day numbers) of an event, a route or a deployment. */
export interface DaySpan {
  day: number;
  endDay: number;
}

/** An area of the base map a story overlay emphasises over its days: a country by ISO code, or a region by id. */
export interface AreaSpan extends DaySpan {
  /** The overlay's id. */
  overlay: string;
  /** The area's code or id in the base map. */
  area: string;
  /** Drawn in this category's colour; the theme's emphasis when absent. */
  category?: string;
}

/** The distinct spans among the features, earliest first: one layer each. */
export function daySpans(items: Iterable<DaySpan>): DaySpan[] {
  const seen = new Map<string, DaySpan>();
  for (const { day, endDay } of items) seen.set(`${day}:${endDay}`, { day, endDay });
  return [...seen.values()].sort((a, b) => a.day - b.day || a.endDay - b.endDay);
}
