/**
 * The static map: a pure function from the story, the base map, the moment (date, mode), the camera,
 * the size, the theme and the language to a scene of shapes, markers and labels, drawn as SVG
 * (svg.ts). It draws what the MapLibre style draws (style.ts, story-style.ts, time-layers.ts), with
 * the same colours from the theme and the same rules from the model, so one can stand for the other:
 * the first paint, the map without WebGL, print, images and the social card.
 */
import type { Feature, Geometry, Point } from 'geojson';
import type { BuiltOverlay, StoryEventCollection, StoryEventProperties } from '../story/built.ts';
import type { Theme } from '../theme/theme.ts';
import { fadeAfter, isActive, isNew, isShown, type DisplayMode } from '../model/visibility.ts';
import { layerShown } from '../model/layers.ts';
import { toDayNumber, fromDayNumber } from '../model/dates.ts';
import { greatCircle } from '../model/story-derive.ts';
import type { BaseData } from './base-data.ts';
import { projector, visibleBounds, type Camera, type Size } from './mercator.ts';
import { pathOf, pixelBox } from './paths.ts';
import { placeLabels, textWidth, type Anchor, type Box, type LabelRequest } from './labels.ts';

export interface Shape {
  d: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  dash?: string;
}

export interface Marker {
  id: string;
  title: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  /** Placed on a whole country: drawn as a ring. */
  national: boolean;
  /** Begins on the day: ringed. */
  isNew: boolean;
  /** Chosen by the reader. */
  selected?: boolean;
  /** A town's dot: the town's id in the base map. */
  town?: string;
  ringColor: string;
}

export interface Label {
  x: number;
  y: number;
  lines: string[];
  size: number;
  fill: string;
  halo: string;
  italic: boolean;
  letterSpacing: number;
  anchor: Anchor;
  /** Distance from the point for anchors other than `center`, in ems. */
  offset: number;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  relief?: { href: string; x: number; y: number; width: number; height: number; opacity: number };
  /** Drawn in order: land, relief, water, lines, overlays. */
  shapes: Shape[];
  /** Shapes drawn over the relief. */
  overlays: Shape[];
  markers: Marker[];
  labels: Label[];
}

export interface SceneInput {
  base: BaseData;
  story: StoryEventCollection;
  date: string;
  mode: DisplayMode;
  camera: Camera;
  size: Size;
  theme: Theme;
  lang: string;
  /** Each category's colour, by id. */
  colors: Record<string, string>;
  /** A line overlay's label, in the language. */
  lineLabel: (o: Extract<BuiltOverlay, { kind: 'line' }>) => string;
  /** Where the relief image is, when the scene shows it. */
  reliefHref?: string;
  /** The event the reader selected: outlined. */
  selectedId?: string | null;
  /** The categories not drawn (model/layers.ts): their events, routes and lit countries. */
  hidden?: readonly string[];
}

type Props = Record<string, unknown>;
type F = Feature<Geometry, Props>;
/** A label to place, with how it is drawn once placed. */
type Request = LabelRequest & { style: Pick<Label, 'fill' | 'halo' | 'italic'> };

/** A value at a zoom, between stops (zoom, value, zoom, value …), held at the ends. */
export function zoomed(zoom: number, ...stops: number[]): number {
  if (zoom <= stops[0]) return stops[1];
  for (let i = 2; i < stops.length; i += 2)
    if (zoom <= stops[i]) {
      const t = (zoom - stops[i - 2]) / (stops[i] - stops[i - 2]);
      return stops[i - 1] + t * (stops[i + 1] - stops[i - 1]);
    }
  return stops[stops.length - 1];
}

/** Splits a label into lines of at most `maxEm` ems, at spaces. */
function wrap(text: string, size: number, maxEm: number, spacing = 0): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, spacing) <= maxEm * size)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function sceneFor(input: SceneInput): Scene {
  const { base, story, date, mode, camera, size, theme, lang, colors, hidden = [] } = input;
  const project = projector(camera, size);
  const zoom = camera.zoom;
  const [vw, vs, ve, vn] = visibleBounds(camera, size);
  const margin = 40;
  const onScreen = (g: Geometry) => {
    const [x1, y1, x2, y2] = pixelBox(g, project);
    return x2 >= -margin && x1 <= size.width + margin && y2 >= -margin && y1 <= size.height + margin;
  };
  const near = ([lng, lat]: number[]) => lng >= vw - 2 && lng <= ve + 2 && lat >= vs - 2 && lat <= vn + 2;
  const nameOf = (p: Props) => (p[`name_${lang}`] ?? p.name_en ?? p.name) as string | undefined;
  const day = toDayNumber(date);
  const fallback = theme.categories[theme.categories.length - 1];
  const colorOf = (category?: string) => (category ? (colors[category] ?? fallback) : theme.focusOutline);
  const paths = (features: F[], style: Omit<Shape, 'd'>): Shape[] => {
    const d = features
      .filter((f) => f.geometry && onScreen(f.geometry))
      .map((f) => pathOf(f.geometry, project))
      .join('');
    return d ? [{ d, ...style }] : [];
  };
  const features = (c: { features: F[] }, test: (f: F) => boolean = () => true) => c.features.filter(test);
  const kind = (f: F) => f.properties?.kind;
  const isPoint = (f: F) => f.geometry?.type === 'Point';

  const land = features(base.countries);
  const focus = land.filter((f) => f.properties.role === 'focus');
  const shapes: Shape[] = [
    ...paths(
      land.filter((f) => f.properties.role !== 'focus'),
      // Fill and outline in one path: the outline is drawn under the relief, which only shades it.
      { fill: theme.land, stroke: theme.outline, strokeWidth: 0.7 },
    ),
    ...paths(focus, { fill: theme.focus, stroke: theme.focusOutline, strokeWidth: 1.4 }),
  ];

  // Story areas lit on the day: regions first, then countries, under the outlines.
  const overlays = story.story.overlays;
  const activeOverlay = (o: { day: number; endDay: number }) => o.day <= day && day <= o.endDay;
  const lit: Shape[] = [];
  for (const o of overlays) {
    if ((o.kind !== 'regions' && o.kind !== 'countries') || !activeOverlay(o)) continue;
    if (o.kind === 'countries' && !layerShown(o.category, hidden)) continue;
    const color = colorOf(o.kind === 'countries' ? o.category : undefined);
    const areas =
      o.kind === 'regions'
        ? features(base.regions, (f) => !isPoint(f) && o.regions.includes(f.properties.id as string))
        : features(base.countries, (f) => o.countries.includes(f.properties.iso as string));
    const strong = o.kind === 'countries';
    lit.push(
      ...paths(areas, {
        fill: color,
        fillOpacity: strong ? 0.16 : 0.1,
        stroke: color,
        strokeWidth: strong ? 1.5 : 1,
        strokeOpacity: strong ? 1 : 0.45,
      }),
    );
  }

  const waterAreas = features(base.water, (f) => !isPoint(f) && kind(f) !== 'historic-shore');
  const overlaysOnRelief: Shape[] = [
    ...lit,
    ...paths(waterAreas, { fill: theme.water }),
    ...paths(
      features(base.water, (f) => kind(f) === 'historic-shore'),
      { stroke: theme.river, strokeWidth: 0.8, dash: '3 2' },
    ),
    ...features(base.rivers, (f) => kind(f) === 'river').flatMap((f) =>
      paths([f], {
        stroke: theme.river,
        strokeWidth: zoomed(zoom, 3, 0.5 * Number(f.properties.width ?? 1), 8, 2 * Number(f.properties.width ?? 1)),
      }),
    ),
    ...paths(
      features(base.regions, (f) => kind(f) === 'inner-border'),
      { stroke: theme.regionLine, strokeWidth: zoomed(zoom, 3, 0.4, 8, 1), dash: '4 2' },
    ),
  ];

  // The story's lines (a border), always drawn.
  const lines = overlays.flatMap((o) => (o.kind === 'line' ? [o] : []));
  for (const o of lines) {
    const data = base.lines[o.line];
    if (!data) continue;
    overlaysOnRelief.push(
      ...paths(
        features(data, (f) => f.geometry?.type !== 'Point'),
        { stroke: theme.border, strokeWidth: zoomed(zoom, 3, 2, 8, 4) },
      ),
    );
  }

  // Routes shown by the same rule as their events.
  for (const o of overlays) {
    if (o.kind !== 'route' || !layerShown(o.category, hidden)) continue;
    if (!isShown({ date: fromDayNumber(o.day), end: fromDayNumber(o.endDay) }, date, mode)) continue;
    const d = pathOf({ type: 'LineString', coordinates: greatCircle(o.from, o.to) }, project);
    overlaysOnRelief.push({ d, stroke: colorOf(o.category), strokeWidth: 1.5, strokeOpacity: 0.8, dash: '3 3' });
  }

  // Events: later spans on top, as the style's layers are ordered.
  const shown = story.features
    .filter(
      (f) =>
        isShown(f.properties, date, mode) && layerShown(f.properties.category, hidden) && near(f.geometry.coordinates),
    )
    .sort((a, b) => a.properties.day - b.properties.day || a.properties.endDay - b.properties.endDay);
  const markers = shown.map((f): Marker => {
    const p: StoryEventProperties = f.properties;
    const [x, y] = project(f.geometry.coordinates);
    const national = p.placeType === 'country';
    const color = colors[p.category] ?? fallback;
    return {
      id: p.id,
      title: p.title,
      x,
      y,
      r: national ? zoomed(zoom, 3, 6, 10, 9) : zoomed(zoom, 3, 5, 10, 8),
      fill: national ? theme.land : color,
      stroke: national ? color : theme.dotStroke,
      strokeWidth: national ? 3 : 1.2,
      opacity: mode === 'cumulative' && !isActive(p, date) ? fadeAfter(day - p.endDay) : 1,
      national,
      isNew: isNew(p, date),
      ringColor: color,
      selected: p.id === input.selectedId,
    };
  });

  // Labels: story symbols reserve their space first, then the story's lines, countries, water,
  // landforms, regions and towns, each in the style's order of priority.
  const taken: Box[] = markers.map((m) => [m.x - m.r - 2, m.y - m.r - 2, m.x + m.r + 2, m.y + m.r + 2]);
  const labels: Label[] = [];
  const place = (requests: Request[]) =>
    placeLabels(requests, taken, size).forEach((placed, i) => {
      if (!placed) return;
      const r = requests[i];
      labels.push({
        x: r.x,
        y: r.y,
        lines: r.lines,
        size: r.size,
        letterSpacing: r.letterSpacing ?? 0,
        anchor: placed.anchor,
        offset: r.offset ?? 0,
        ...r.style,
      });
    });
  const pointLabels = (list: F[], make: (f: F, at: [number, number]) => Request) =>
    list
      .filter((f) => isPoint(f) && near((f.geometry as Point).coordinates))
      .map((f) => make(f, project((f.geometry as Point).coordinates)));
  const halo = theme.halo;

  place(
    lines.flatMap((o) => {
      const pt = base.lines[o.line]?.features.find(isPoint);
      if (!pt) return [];
      const [x, y] = project((pt.geometry as Point).coordinates);
      return [
        {
          x,
          y,
          lines: input.lineLabel(o).split('\n'),
          size: 12,
          anchors: ['bottom' as Anchor],
          offset: 0.6,
          style: { fill: theme.border, halo, italic: false },
        },
      ];
    }),
  );
  const countrySize = zoomed(zoom, 3, 10, 6, 14);
  if (zoom < 8)
    place(
      pointLabels(
        features(base.labels, (f) => kind(f) === 'country'),
        (f, [x, y]) => ({
          x,
          y,
          lines: wrap((nameOf(f.properties) ?? '').toUpperCase(), countrySize, 8, 0.2),
          size: countrySize,
          letterSpacing: 0.2,
          anchors: ['center', 'top', 'bottom'],
          offset: 1.2,
          style: { fill: theme.countryText, halo, italic: false },
        }),
      ),
    );
  const waterSize = zoomed(zoom, 3, 11, 8, 14);
  place(
    pointLabels(
      features(base.water, (f) => isPoint(f) && Number(f.properties.labelZoom) <= zoom),
      (f, [x, y]) => ({
        x,
        y,
        lines: wrap(nameOf(f.properties) ?? '', waterSize, 6),
        size: waterSize,
        anchors: ['center'],
        style: { fill: theme.waterText, halo, italic: true },
      }),
    ),
  );
  const physicalSize = zoomed(zoom, 3, 10, 7, 13);
  place(
    pointLabels(
      features(
        base.physical,
        (f) => Number(f.properties.labelZoom) <= zoom && !['peak', 'depression'].includes(kind(f) as string),
      ).sort((a, b) => Number(a.properties.rank) - Number(b.properties.rank)),
      (f, [x, y]) => ({
        x,
        y,
        lines: wrap((nameOf(f.properties) ?? '').toUpperCase(), physicalSize, 7, 0.25),
        size: physicalSize,
        letterSpacing: 0.25,
        anchors: ['center'],
        style: { fill: theme.physicalText, halo, italic: true },
      }),
    ),
  );
  if (zoom >= 5 && zoom < 9)
    place(
      pointLabels(
        features(base.regions, (f) => isPoint(f) && f.properties.type !== 'city'),
        (f, [x, y]) => ({
          x,
          y,
          lines: wrap((nameOf(f.properties) ?? '').toUpperCase(), 10, 8, 0.15),
          size: 10,
          letterSpacing: 0.15,
          anchors: ['center'],
          style: { fill: theme.regionText, halo, italic: false },
        }),
      ),
    );

  // Towns: the story's first, then capitals, then by population, as the style sorts them.
  const towns =
    zoom < 11
      ? features(
          base.places,
          (f) => isPoint(f) && (f.properties.story === true || Number(f.properties.labelZoom) <= zoom),
        ).sort((a, b) => rank(b.properties) - rank(a.properties))
      : [];
  const dots: Marker[] = towns
    .filter((f) => near((f.geometry as Point).coordinates))
    .map((f) => {
      const [x, y] = project((f.geometry as Point).coordinates);
      const capital = f.properties.kind === 'capital';
      const r = capital ? 3.5 : f.properties.kind === 'region-centre' ? 2.6 : 2;
      return {
        id: '',
        title: '',
        x,
        y,
        r,
        fill: capital ? theme.dotStroke : theme.text,
        stroke: theme.text,
        strokeWidth: capital ? 1.6 : 0.8,
        opacity: 1,
        national: false,
        isNew: false,
        ringColor: '',
        town: String(f.properties.id),
      };
    });
  place(
    pointLabels(towns, (f, [x, y]) => {
      const pop = Number(f.properties.population ?? 0);
      const size = (pop >= 1_000_000 ? 13.5 : pop >= 200_000 ? 12 : 11) + (f.properties.kind === 'capital' ? 1 : 0);
      return {
        x,
        y,
        lines: [nameOf(f.properties) ?? ''],
        size,
        anchors: ['left', 'right', 'top', 'bottom'],
        offset: 0.9,
        style: { fill: theme.text, halo, italic: false },
      };
    }),
  );

  const relief = story.story.relief;
  const [rx1, ry1] = relief ? project([relief[0], relief[3]]) : [0, 0];
  const [rx2, ry2] = relief ? project([relief[2], relief[1]]) : [0, 0];
  return {
    width: size.width,
    height: size.height,
    background: theme.water,
    relief:
      relief && input.reliefHref && zoom < 9
        ? {
            href: input.reliefHref,
            x: rx1,
            y: ry1,
            width: rx2 - rx1,
            height: ry2 - ry1,
            opacity: (theme.reliefOpacity * (zoom <= 7 ? 1 : 9 - zoom)) / (zoom <= 7 ? 1 : 2),
          }
        : undefined,
    shapes,
    overlays: overlaysOnRelief,
    // Town dots under the story's symbols.
    markers: [...dots, ...markers],
    labels,
  };
}

/** The style's sort key for towns: the story's, then capitals, then population. */
const rank = (p: Props) => (p.story === true ? 1e8 : 0) + (p.kind === 'capital' ? 5e7 : 0) + Number(p.population ?? 0);
