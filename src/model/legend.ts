import type { BuiltOverlay, StoryEventProperties } from '../story/built.ts';
import type { CategoryStyle } from './categories.ts';
import type { DisplayMode } from './visibility.ts';

/** One entry of the map's key: how it is drawn (`mark`), in which colour, and what it means. */
export type LegendItem =
  | { mark: 'dot'; color: string; label: string }
  /** An event placed on a whole country: a ring, not a dot. */
  | { mark: 'national' }
  /** The ring around an event that began on the day shown. */
  | { mark: 'new' }
  /** Older events drawn paler. */
  | { mark: 'faded' }
  | { mark: 'line'; label: string }
  /** Regions shaded in the map's emphasis colour. */
  | { mark: 'area'; label: string }
  | { mark: 'countries'; color: string; category: string }
  | { mark: 'route'; color: string; category: string };

/**
 * The key to what the story draws, from its categories, events and overlays: only what this story
 * can show (no ring for national events if it has none, no routes if it draws none), each overlay
 * label once, in the story's order.
 */
export function legendItems(
  categories: readonly CategoryStyle[],
  overlays: readonly BuiltOverlay[],
  events: readonly StoryEventProperties[],
  mode: DisplayMode,
): LegendItem[] {
  const color = (id?: string) => categories.find((c) => c.id === id)?.color;
  const label = (id?: string) => categories.find((c) => c.id === id)?.label;
  const items: LegendItem[] = categories.map((c) => ({ mark: 'dot', color: c.color, label: c.label }));
  if (events.some((e) => e.placeType === 'country')) items.push({ mark: 'national' });
  items.push({ mark: 'new' });
  if (mode === 'cumulative') items.push({ mark: 'faded' });
  const seen = new Set<string>();
  const once = (key: string, item: LegendItem) => {
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  for (const o of overlays) {
    if (o.kind === 'line') once(`line:${o.label}`, { mark: 'line', label: o.label });
    else if (o.kind === 'regions' && o.label) once(`area:${o.label}`, { mark: 'area', label: o.label });
    else if ((o.kind === 'countries' || o.kind === 'route') && o.category && label(o.category))
      once(`${o.kind}:${o.category}`, { mark: o.kind, color: color(o.category)!, category: label(o.category)! });
  }
  return items;
}
