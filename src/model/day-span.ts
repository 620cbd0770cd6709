/** Spans of days, as whole day numbers: what the date-driven map layers are grouped by. */

/** First and last day (day numbers) of an event, a route or a deployment. */
export interface DaySpan {
  day: number;
  endDay: number;
}

/** A country is lit on the days its troops are deployed: one span per country, from the story. */
export interface CountrySpan extends DaySpan {
  country: string;
}

/** The distinct spans among the features, earliest first: one layer each. */
export function daySpans(items: Iterable<DaySpan>): DaySpan[] {
  const seen = new Map<string, DaySpan>();
  for (const { day, endDay } of items) seen.set(`${day}:${endDay}`, { day, endDay });
  return [...seen.values()].sort((a, b) => a.day - b.day || a.endDay - b.endDay);
}
