import { isEvent, isPlace, type EventProperties, type PlaceFeature, type Story } from '../../src/story/schema.ts';

/** Events in time order: by date, then time (untimed first), then as written. */
export function chronological(story: Story): EventProperties[] {
  return story.features
    .filter(isEvent)
    .map((f, i) => ({ e: f.properties, i }))
    .sort((a, b) =>
      a.e.date !== b.e.date
        ? a.e.date < b.e.date
          ? -1
          : 1
        : (a.e.time ?? '') !== (b.e.time ?? '')
          ? (a.e.time ?? '') < (b.e.time ?? '')
            ? -1
            : 1
          : a.i - b.i,
    )
    .map(({ e }) => e);
}

export function placesById(story: Story): Map<string, PlaceFeature> {
  return new Map(story.features.filter(isPlace).map((p) => [p.properties.id, p]));
}
