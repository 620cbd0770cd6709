/**
 * The static map's story layer at a date: the areas lit that day (by key: their paths are the base's),
 * the routes and the events, by the model's rules and the symbols the MapLibre style reads. It needs
 * no base map, so a page can draw it over the base it was prerendered with.
 */
import type { BuiltOverlay, StoryEventProperties } from '../story/built.ts';
import { fadeAfter, isActive, isNew, isShown } from '../model/visibility.ts';
import { layerShown } from '../model/layers.ts';
import { fromDayNumber, toDayNumber } from '../model/dates.ts';
import { greatCircle } from '../model/story-derive.ts';
import { SYMBOLS as S, atZoom, dashPixels } from '../theme/symbols.ts';
import { projector, visibleBounds, wrapNear } from './mercator.ts';
import { pathData, project } from './paths.ts';
import { categoryColors, type StoryLayerInput } from './scene-input.ts';
import type { AreaShape, Marker, Shape, StoryScene } from './scene.ts';

/** Degrees beyond the viewport within which an event is still drawn (its ring may reach in). */
const NEAR = 2;

/** An overlay's areas, by the keys the base scene gives their paths. */
const areaKeys = (o: BuiltOverlay): string[] =>
  o.kind === 'countries'
    ? o.countries.map((c) => `countries:${c}`)
    : o.kind === 'regions'
      ? o.regions.map((r) => `regions:${r}`)
      : [];

export function storyScene(input: StoryLayerInput, date: string): StoryScene {
  const { story, camera, size, theme, mode, hidden } = input;
  const zoom = camera.zoom;
  const day = toDayNumber(date);
  const colors = categoryColors(story, theme);
  const fallback = theme.categories[theme.categories.length - 1];
  const colorOf = (category?: string) => (category ? (colors[category] ?? fallback) : theme.focusOutline);
  const projection = projector(camera, size);
  const overlays = story.story.overlays;

  // Lit on the day whatever the mode, as a deployment is: regions, then countries.
  const areas: AreaShape[] = [];
  for (const kind of ['regions', 'countries'] as const)
    for (const o of overlays) {
      if (o.kind !== kind || o.day > day || day > o.endDay) continue;
      const category = o.kind === 'countries' ? o.category : undefined;
      if (!layerShown(category, hidden)) continue;
      const symbol = o.kind === 'countries' ? S.litCountry : S.litRegion;
      if ('maxzoom' in symbol && zoom >= symbol.maxzoom) continue;
      const color = colorOf(category);
      for (const key of areaKeys(o))
        areas.push({
          key,
          fill: color,
          fillOpacity: symbol.fillOpacity,
          stroke: color,
          strokeWidth: symbol.width,
          strokeOpacity: symbol.opacity,
        });
    }

  // Routes shown by the same rule as their events.
  const routes: Shape[] = overlays.flatMap((o) => {
    if (o.kind !== 'route' || !layerShown(o.category, hidden)) return [];
    if (!isShown({ date: fromDayNumber(o.day), end: fromDayNumber(o.endDay) }, date, mode)) return [];
    const line = { type: 'LineString' as const, coordinates: greatCircle(o.from, o.to) };
    return [
      {
        d: pathData(project(line, projection)),
        stroke: colorOf(o.category),
        strokeWidth: S.route.width,
        strokeOpacity: S.route.opacity,
        dash: dashPixels(S.route.dash, S.route.width),
      },
    ];
  });

  const [vw, vs, ve, vn] = visibleBounds(camera, size);
  const near = ([lng, lat]: readonly number[]) => {
    const x = wrapNear(lng, camera.lng);
    return x >= vw - NEAR && x <= ve + NEAR && lat >= vs - NEAR && lat <= vn + NEAR;
  };
  const ringRadius = atZoom(S.newRing.radius, zoom);
  const markers = story.features
    .filter(
      (f) =>
        isShown(f.properties, date, mode) && layerShown(f.properties.category, hidden) && near(f.geometry.coordinates),
    )
    .sort((a, b) => a.properties.day - b.properties.day || a.properties.endDay - b.properties.endDay)
    .map((f): Marker => {
      const p: StoryEventProperties = f.properties;
      const [x, y] = projection.point(f.geometry.coordinates);
      const national = p.placeType === 'country';
      const symbol = national ? S.nationalEvent : S.event;
      const color = colors[p.category] ?? fallback;
      const r = atZoom(symbol.radius, zoom);
      return {
        id: p.id,
        title: p.title,
        x,
        y,
        r,
        fill: national ? theme.land : color,
        stroke: national ? color : theme.dotStroke,
        strokeWidth: symbol.strokeWidth,
        opacity: mode === 'cumulative' && !isActive(p, date) ? fadeAfter(day - p.endDay) : 1,
        national,
        ring: isNew(p, date) ? { r: ringRadius, width: S.newRing.width, color } : undefined,
        selection:
          p.id === input.selectedId
            ? { r: r + S.selectedRing.gap, width: S.selectedRing.width, color: theme.ink }
            : undefined,
      };
    });

  return { areas, routes, markers };
}
