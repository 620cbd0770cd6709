/** Checks a story's overlays against its places, events, categories and dates. */
import type { PlaceProperties, StoryMeta } from './schema.ts';

const json = (x: unknown): string => JSON.stringify(x);

export function checkOverlays(
  meta: StoryMeta,
  places: ReadonlyMap<string, PlaceProperties>,
  kinds: ReadonlyMap<string, string>,
): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const categories = new Set(meta.categories.map((c) => c.id));
  (meta.overlays ?? []).forEach((o, i) => {
    const err = (field: string, message: string) =>
      errors.push(`story: overlays[${i}] "${o.id}": ${field}: ${message}`);
    if (seen.has(o.id)) err('id', 'duplicate overlay id');
    seen.add(o.id);
    if ('event' in o && o.event !== undefined) {
      if (kinds.get(o.event) !== 'event') err('event', `no event with id "${o.event}"`);
      if (o.date !== undefined || o.end !== undefined)
        err('event', 'give its days by an event or by date and end, not both');
    }
    if ('date' in o && o.date !== undefined) {
      if (o.end !== undefined && o.end < o.date) err('end', `${o.end} is before date ${o.date}`);
      if (o.date < meta.start || o.date > meta.end)
        err('date', `${o.date} is outside the story's range ${meta.start}..${meta.end}`);
    }
    if ('category' in o && o.category !== undefined && !categories.has(o.category))
      err('category', `"${o.category}" is not one of the story's categories`);
    if (o.kind === 'route')
      for (const end of ['from', 'to'] as const)
        if (!places.has(o[end])) err(end, `no place feature with id "${o[end]}"`);
    if (o.kind === 'inset' || o.kind === 'detail') {
      const [w, s, e, n] = o.bbox;
      if (!(w < e && s < n)) err('bbox', `expected west < east and south < north, got ${json(o.bbox)}`);
    }
  });
  return errors;
}
