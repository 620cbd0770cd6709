/**
 * The static map's base: land, relief, water, rivers, inner borders, the story's lines, the paths of
 * the areas it lights, labels and town dots, for a camera, a size, a theme and a language. The labels
 * keep clear of every place the story marks on any day, so nothing in the base moves with the date.
 */
import type { Feature, Geometry, Point } from 'geojson';
import { SYMBOLS as S, atZoom, dashPixels, reliefFade, shownFrom, townTextSize } from '../theme/symbols.ts';
import { lineLabel } from '../model/line-label.ts';
import { focusCountries } from '../model/story-derive.ts';
import { projector, unwrapBox, visibleBounds, worldSize, wrapNear, type Bbox, type Project } from './mercator.ts';
import { pathData, project } from './paths.ts';
import { placeLabels, textWidth, type Anchor, type Box, type LabelRequest } from './labels.ts';
import type { AreaShape, BaseScene, Dot, Label, Shape } from './scene.ts';
import type { SceneInput } from './scene-input.ts';

type Props = Record<string, unknown>;
type F = Feature<Geometry, Props>;
/** A label to place, with how it is drawn once placed. */
type Request = LabelRequest & { style: Pick<Label, 'fill' | 'italic'> };

/** Pixels beyond the viewport still drawn: a stroke or a halo reaching in from outside. */
const MARGIN = 40;
/** Degrees beyond the viewport within which a place is still considered. */
const NEAR = 2;

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

/**
 * A box's pixels: its copy whose middle is nearest the camera, its east edge a span of longitude
 * east of its west one, so a box across the antimeridian, or round the whole world, stays one box.
 */
function boxPixels([w, s, e, n]: Bbox, lng: number, point: Project, world: number): [number, number, number, number] {
  const west = wrapNear((w + e) / 2, lng) - (e - w) / 2;
  const [x, y1] = point([lng, n]);
  const x1 = x + ((west - lng) / 360) * world;
  return [x1, y1, x1 + ((e - w) / 360) * world, point([lng, s])[1]];
}

/** The style's sort key for towns: the story's, then capitals, then population. */
const rank = (p: Props) => (p.story === true ? 1e8 : 0) + (p.kind === 'capital' ? 5e7 : 0) + Number(p.population ?? 0);

export function baseScene(input: SceneInput): BaseScene {
  const { base, story, camera, size, theme } = input;
  const lang = input.i18n.lang;
  const zoom = camera.zoom;
  const projection = projector(camera, size);
  const [vw, vs, ve, vn] = visibleBounds(camera, size);
  const near = ([lng, lat]: readonly number[]) => {
    const x = wrapNear(lng, camera.lng);
    return x >= vw - NEAR && x <= ve + NEAR && lat >= vs - NEAR && lat <= vn + NEAR;
  };
  /** A geometry's path, or '' when it falls outside the viewport. */
  const pathIfSeen = (g: Geometry): string => {
    const p = project(g, projection);
    const [x1, y1, x2, y2] = p.box;
    const seen = x2 >= -MARGIN && x1 <= size.width + MARGIN && y2 >= -MARGIN && y1 <= size.height + MARGIN;
    return seen ? pathData(p) : '';
  };
  const paths = (features: F[], style: Omit<Shape, 'd'>): Shape[] => {
    const d = features.map((f) => (f.geometry ? pathIfSeen(f.geometry) : '')).join('');
    return d ? [{ d, ...style }] : [];
  };
  const nameOf = (p: Props) => (p[`name_${lang}`] ?? p.name_en ?? p.name) as string | undefined;
  const kind = (f: F) => f.properties?.kind;
  const isPoint = (f: F) => f.geometry?.type === 'Point';
  const where = (f: F) => (f.geometry as Point).coordinates;

  const land = base.countries.features;
  // Every area the story lights on some day, whether or not its category is shown today: its path once,
  // which the land refers to as the story layer does.
  const overlays = story.story.overlays;
  const areas: Record<string, string> = {};
  for (const o of overlays) {
    if (o.kind === 'countries')
      for (const f of land.filter((f) => o.countries.includes(f.properties.iso as string)))
        areas[`countries:${f.properties.iso}`] ??= pathIfSeen(f.geometry);
    if (o.kind === 'regions')
      for (const f of base.regions.features.filter((f) => !isPoint(f) && o.regions.includes(f.properties.id as string)))
        areas[`regions:${f.properties.id}`] ??= pathIfSeen(f.geometry);
  }
  for (const [key, d] of Object.entries(areas)) if (!d) delete areas[key];
  const isArea = (f: F) => `countries:${f.properties.iso}` in areas;
  // The story's own emphasis (its focus overlays): the engine lights no country of its own.
  const focus = new Set(focusCountries(overlays));
  const isFocus = (f: F) => focus.has(f.properties.iso as string);

  const landStyle = { fill: theme.land, stroke: theme.outline, strokeWidth: S.countryOutline.width };
  const landShapes: Shape[] = [
    // Fill and outline in one path: the outline is drawn under the relief, which only shades it.
    ...paths(
      land.filter((f) => !isFocus(f) && !isArea(f)),
      landStyle,
    ),
    ...paths(land.filter(isFocus), {
      fill: theme.focus,
      stroke: theme.focusOutline,
      strokeWidth: S.focusOutline.width,
    }),
  ];
  const landAreas = land
    .filter((f) => !isFocus(f) && isArea(f))
    .map((f): AreaShape => ({ key: `countries:${f.properties.iso}`, ...landStyle }));

  const shore = S.historicShore.width;
  const regionBorder = atZoom(S.regionBorder.width, zoom);
  const water: Shape[] = [
    ...paths(
      base.water.features.filter(
        (f) => !isPoint(f) && kind(f) !== 'historic-shore' && shownFrom(f.properties.minzoom, zoom),
      ),
      { fill: theme.water },
    ),
    ...paths(
      base.water.features.filter((f) => kind(f) === 'historic-shore'),
      { stroke: theme.river, strokeWidth: shore, dash: dashPixels(S.historicShore.dash, shore) },
    ),
    ...base.rivers.features
      .filter((f) => kind(f) === 'river' && shownFrom(f.properties.minzoom, zoom))
      .flatMap((f) =>
        paths([f], { stroke: theme.river, strokeWidth: atZoom(S.river.width, zoom) * Number(f.properties.width ?? 1) }),
      ),
    ...(zoom < S.regionBorder.maxzoom
      ? paths(
          base.regions.features.filter((f) => kind(f) === 'inner-border'),
          { stroke: theme.regionLine, strokeWidth: regionBorder, dash: dashPixels(S.regionBorder.dash, regionBorder) },
        )
      : []),
  ];

  const lines = overlays.flatMap((o) => (o.kind === 'line' ? [o] : []));
  const lineWidth = atZoom(S.storyLine.width, zoom);
  const lineShapes = lines.flatMap((o) =>
    paths(base.lines[o.line]?.features.filter((f) => !isPoint(f)) ?? [], {
      stroke: theme.border,
      strokeWidth: lineWidth,
    }),
  );

  // Labels: every place the story ever marks reserves its space first (with room for the rings around
  // a new or chosen event), then the story's lines, countries, water, landforms, regions and towns,
  // each in the style's order of priority.
  const reach =
    Math.max(atZoom(S.nationalEvent.radius, zoom), atZoom(S.newRing.radius, zoom)) + S.newRing.width / 2 + 1;
  const marked = story.features
    .filter((f) => near(f.geometry.coordinates))
    .map((f) => projection.point(f.geometry.coordinates));
  const taken: Box[] = marked.map(([x, y]) => [x - reach, y - reach, x + reach, y + reach]);
  /** A town the story marks is labelled beyond its marks, not left out for them. */
  const clearOfMarks = (x: number, y: number, size: number, offset: number) =>
    marked.some(([mx, my]) => Math.abs(mx - x) < 2 && Math.abs(my - y) < 2)
      ? Math.max(offset, (reach + 2) / size)
      : offset;
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
        halo: theme.halo,
        ...r.style,
      });
    });
  const pointLabels = (list: F[], make: (f: F, at: [number, number]) => Request) =>
    list.filter((f) => isPoint(f) && near(where(f))).map((f) => make(f, projection.point(where(f))));

  place(
    lines.flatMap((o) => {
      const pt = base.lines[o.line]?.features.find(isPoint);
      if (!pt) return [];
      const [x, y] = projection.point(where(pt));
      return [
        {
          x,
          y,
          lines: lineLabel(o, input.i18n).split('\n'),
          size: S.storyLine.labelSize,
          anchors: ['bottom' as Anchor],
          offset: S.storyLine.labelOffset,
          style: { fill: theme.border, italic: false },
        },
      ];
    }),
  );
  const country = S.countryLabel;
  const countrySize = atZoom(country.size, zoom);
  if (zoom < country.maxzoom)
    place(
      pointLabels(
        base.labels.features.filter((f) => kind(f) === 'country'),
        (f, [x, y]) => ({
          x,
          y,
          lines: wrap((nameOf(f.properties) ?? '').toUpperCase(), countrySize, country.maxWidth, country.letterSpacing),
          size: countrySize,
          letterSpacing: country.letterSpacing,
          anchors: ['center', 'top', 'bottom'],
          offset: country.offset,
          style: { fill: theme.countryText, italic: false },
        }),
      ),
    );
  const waterSize = atZoom(S.waterLabel.size, zoom);
  place(
    pointLabels(
      base.water.features.filter((f) => isPoint(f) && Number(f.properties.labelZoom) <= zoom),
      (f, [x, y]) => ({
        x,
        y,
        lines: wrap(nameOf(f.properties) ?? '', waterSize, S.waterLabel.maxWidth),
        size: waterSize,
        anchors: ['center'],
        style: { fill: theme.waterText, italic: true },
      }),
    ),
  );
  const physical = S.physicalLabel;
  const physicalSize = atZoom(physical.size, zoom);
  place(
    pointLabels(
      base.physical.features
        .filter((f) => Number(f.properties.labelZoom) <= zoom && !['peak', 'depression'].includes(kind(f) as string))
        .sort((a, b) => Number(a.properties.rank) - Number(b.properties.rank)),
      (f, [x, y]) => ({
        x,
        y,
        lines: wrap(
          (nameOf(f.properties) ?? '').toUpperCase(),
          physicalSize,
          physical.maxWidth,
          physical.letterSpacing,
        ),
        size: physicalSize,
        letterSpacing: physical.letterSpacing,
        anchors: ['center'],
        style: { fill: theme.physicalText, italic: true },
      }),
    ),
  );
  const region = S.regionLabel;
  if (zoom >= region.minzoom && zoom < region.maxzoom)
    place(
      pointLabels(
        base.regions.features.filter(
          (f) => isPoint(f) && f.properties.type !== 'city' && shownFrom(f.properties.labelZoom, zoom),
        ),
        (f, [x, y]) => ({
          x,
          y,
          lines: wrap((nameOf(f.properties) ?? '').toUpperCase(), region.size, region.maxWidth, region.letterSpacing),
          size: region.size,
          letterSpacing: region.letterSpacing,
          anchors: ['center'],
          style: { fill: theme.regionText, italic: false },
        }),
      ),
    );

  // Towns: the story's first, then capitals, then by population, as the style sorts them.
  const towns =
    zoom < 11
      ? base.places.features
          .filter((f) => isPoint(f) && (f.properties.story === true || Number(f.properties.labelZoom) <= zoom))
          .filter((f) => near(where(f)))
          .sort((a, b) => rank(b.properties) - rank(a.properties))
      : [];
  const dots: Dot[] = towns.map((f) => {
    const [x, y] = projection.point(where(f));
    const capital = f.properties.kind === 'capital';
    const t = S.town;
    return {
      town: String(f.properties.id),
      x,
      y,
      r: capital
        ? t.radius.capital
        : f.properties.kind === 'region-centre'
          ? t.radius['region-centre']
          : t.radius.other,
      fill: capital ? theme.dotStroke : theme.text,
      stroke: theme.text,
      strokeWidth: capital ? t.strokeWidth.capital : t.strokeWidth.other,
    };
  });
  place(
    pointLabels(towns, (f, [x, y]) => {
      const size = townTextSize(Number(f.properties.population ?? 0), f.properties.kind === 'capital');
      return {
        x,
        y,
        lines: [nameOf(f.properties) ?? ''],
        size,
        anchors: ['left', 'right', 'top', 'bottom'],
        offset: clearOfMarks(x, y, size, S.town.labelOffset),
        style: { fill: theme.text, italic: false },
      };
    }),
  );

  const relief = story.story.relief && unwrapBox(story.story.relief);
  // The west edge where the camera sees it, the east a span of longitude further: a box across the
  // antimeridian, or round the whole world, stays one box.
  const [rx1, ry1, rx2, ry2] = relief ? boxPixels(relief, camera.lng, projection.point, worldSize(zoom)) : [0, 0, 0, 0];
  return {
    width: size.width,
    height: size.height,
    background: theme.water,
    land: landShapes,
    landAreas,
    relief:
      relief && input.reliefHref && zoom < reliefFade(story.story.reliefMaxZoom)[2]
        ? {
            href: input.reliefHref,
            x: rx1,
            y: ry1,
            width: rx2 - rx1,
            height: ry2 - ry1,
            opacity: theme.reliefOpacity * atZoom(reliefFade(story.story.reliefMaxZoom), zoom),
          }
        : undefined,
    water,
    areas,
    lines: lineShapes,
    labels,
    dots,
  };
}
