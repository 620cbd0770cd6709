/**
 * Derives the base map's data from npm-packaged public data: `npm run geo` writes it to public/data.
 * The outputs are committed, so the app starts without running this; a test rebuilds them and
 * compares bytes.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import countryCodes from 'i18n-iso-countries';
import * as turf from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { BBox, Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { sharedStretch, trimEnds } from './border.ts';
import { buildBasemap, geodataDir, hasGeodata } from './basemap/build.ts';
import { jsonText, readJson, roundGeometry } from './io.ts';
import { cities, region } from './region.ts';
import { sources } from './sources.ts';
import { buildFonts, labelTexts } from './fonts.ts';
import { writeWorldPack } from './world/build-pack.ts';
import { etopoFile, hasWorldInputs, packDir, worldDir } from './world/paths.ts';

export const outDir = fileURLToPath(new URL('../public/', import.meta.url));

type Area = Polygon | MultiPolygon;
export interface CountryProps {
  name: string;
  /** ISO 3166-1 alpha-2, for stories that light countries by code; absent for the few Natural Earth units without one. */
  iso?: string;
}
export interface BorderProps {
  name: string;
  reportedKm: number;
  reportedMiles: number;
  /** Length of the full-resolution line, before it is simplified for drawing. */
  measuredKm: number;
  source: string;
}
export interface LabelProps {
  name: string;
  /** Country labels: the name in each language the map speaks (English as Natural Earth gives it). */
  name_en?: string;
  name_ru?: string;
  name_kk?: string;
  kind: 'country' | 'city';
  capital: boolean;
}

export function naturalEarthCountries(
  file: string = sources.naturalEarthCountries.file,
  minArea: number = region.simplifySquareDegrees,
): Feature<Area, { name: string }>[] {
  const topo = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(file);
  // Simplified on the topology, so neighbours keep sharing their edges: no slivers between them.
  const simple = simplify(presimplify(topo), minArea);
  return feature(simple, simple.objects.countries).features as Feature<Area, { name: string }>[];
}

/**
 * Clipping and rounding leave rings of fewer than four positions behind (no area, so no polygon),
 * and simplifying and clipping a concave coast can make a ring cross itself, which the renderer's
 * triangulation fills wrongly: such rings are split into simple polygons.
 */
function withoutDegenerateRings(area: Area): Area | null {
  const polygons = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0)
    .flatMap((rings) => {
      const polygon = turf.polygon(rings);
      if (turf.kinks(polygon).features.length === 0) return [rings];
      return turf.unkinkPolygon(polygon).features.map((f) => f.geometry.coordinates);
    });
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The countries within `clip` (the default region's, or another story's box), with their names and
 * ISO codes: which a story emphasises or lights is the story's (its overlays), not the base map's.
 */
export function buildCountries(clip: BBox = region.clip): FeatureCollection<Area, CountryProps> {
  const features: Feature<Area, CountryProps>[] = [];
  for (const country of naturalEarthCountries()) {
    const [w, s, e, n] = turf.bbox(country);
    const [cw, cs, ce, cn] = clip;
    if (e < cw || w > ce || n < cs || s > cn) continue;
    const geometry = withoutDegenerateRings(roundGeometry(turf.bboxClip(country, clip).geometry as Area, 3));
    if (!geometry) continue;
    const { name } = country.properties;
    const iso = country.id === undefined ? undefined : countryCodes.numericToAlpha2(country.id);
    features.push({
      type: 'Feature',
      properties: { name, iso },
      geometry,
    });
  }
  features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  return { type: 'FeatureCollection', features };
}

/**
 * The Kazakhstan–Russia land border at the source's full resolution: the stretch of Kazakhstan's
 * outline that it shares with Russia in OpenStreetMap's country boundaries, less the maritime line
 * across the Caspian Sea (the vertices at its ends that lie off Natural Earth's land).
 */
export function deriveBorder(): Feature<LineString> {
  const all = readJson<FeatureCollection<Area, { A3: string }>>(sources.osmMaritimeCountries.file).features;
  const pick = (a3: string) => {
    const f = all.find((c) => c.properties.A3 === a3);
    if (!f) throw new Error(`${a3} is missing from ${sources.osmMaritimeCountries.file}`);
    return f;
  };
  const a = pick(region.border.a);
  const b = pick(region.border.b);
  if (a.geometry.type !== 'Polygon') throw new Error(`${region.border.a} is expected to be one polygon`);

  const pair: FeatureCollection = { type: 'FeatureCollection', features: [a, b] };
  const topo = topology({ pair });
  const shared = mesh(topo, topo.objects.pair as GeometryCollection, (x, y) => x !== y).coordinates.flat();
  const stretch = sharedStretch(a.geometry.coordinates[0], shared);

  const land = readJson<Topology<{ land: GeometryCollection }>>(sources.naturalEarthLand.file);
  const [w, s, e, n] = turf.bbox(turf.lineString(stretch));
  const nearbyLand = feature(land, land.objects.land).features.flatMap((f) =>
    turf.flatten(f as Feature<Area>).features.filter((p) => {
      const [pw, ps, pe, pn] = turf.bbox(p);
      return pe >= w && pw <= e && pn >= s && ps <= n;
    }),
  );
  const offLand = (p: Position) => !nearbyLand.some((poly) => turf.booleanPointInPolygon(p, poly));
  return turf.lineString(trimEnds(stretch, offLand));
}

/** The drawn border, and a point halfway along it where its label goes. */
export function buildBorder(full: Feature<LineString>): FeatureCollection<LineString | Point, BorderProps> {
  const drawn = turf.simplify(full, { tolerance: 0.003, highQuality: false });
  const halfway = turf.along(full, turf.length(full) / 2).geometry;
  const properties: BorderProps = {
    name: 'Kazakhstan–Russia border',
    reportedKm: region.border.reportedKm,
    reportedMiles: region.border.reportedMiles,
    measuredKm: Math.round(turf.length(full) * 10) / 10,
    source: sources.osmMaritimeCountries.attribution,
  };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties, geometry: roundGeometry(drawn.geometry, 4) },
      { type: 'Feature', properties, geometry: roundGeometry(halfway, 4) },
    ],
  };
}

for (const lang of ['ru', 'kk']) countryCodes.registerLocale(readJson(sources.countryNames(lang)));

/** A country's name in Russian and Kazakh, from the CLDR-based names of i18n-iso-countries (their short forms). */
function countryNames({
  name,
  iso,
}: Pick<CountryProps, 'name' | 'iso'>): Pick<LabelProps, 'name_en' | 'name_ru' | 'name_kk'> {
  const named = (lang: string) => (iso ? countryCodes.getName(iso, lang, { select: 'alias' }) : undefined) ?? name;
  return { name_en: name, name_ru: named('ru'), name_kk: named('kk') };
}

export function buildLabels(countries: FeatureCollection<Area, CountryProps>): FeatureCollection<Point, LabelProps> {
  const gazetteer = readJson<{ name: string; lat: string; lng: string; country: string; admin1: string }[]>(
    sources.geonamesCities.file,
  );
  const cityLabels = cities.map((c): Feature<Point, LabelProps> => {
    const hits = gazetteer.filter(
      (g) => g.name === c.geonames && g.country === c.country && (!c.admin1 || g.admin1 === c.admin1),
    );
    if (hits.length !== 1) throw new Error(`GeoNames has ${hits.length} entries for ${c.geonames}, ${c.country}`);
    const point = turf.point([Number(hits[0].lng), Number(hits[0].lat)]).geometry;
    return {
      type: 'Feature',
      properties: { name: c.label ?? c.geonames, kind: 'city', capital: !!c.capital },
      geometry: roundGeometry(point, 4),
    };
  });
  return { type: 'FeatureCollection', features: [...countryLabels(countries), ...cityLabels] };
}

/** A name label for each country big enough at the region's scale, at the centre of its largest part. */
export function countryLabels(
  countries: FeatureCollection<Area, Pick<CountryProps, 'name' | 'iso'>>,
  minAreaKm2: number = region.minLabelledAreaKm2,
): Feature<Point, LabelProps>[] {
  return countries.features.flatMap((c): Feature<Point, LabelProps>[] => {
    const largest = turf.flatten(c).features.reduce((x, y) => (turf.area(y) > turf.area(x) ? y : x));
    if (turf.area(largest) < minAreaKm2 * 1e6) return [];
    const at = turf.centerOfMass(largest).geometry;
    return [
      {
        type: 'Feature',
        properties: { name: c.properties.name, ...countryNames(c.properties), kind: 'country', capital: false },
        geometry: roundGeometry(at, 2),
      },
    ];
  });
}

/**
 * Lines and outlines ship as TopoJSON: a border shared by two countries is stored once, as small
 * integer steps. 2e4 steps across a file's extent (about 450 m by 210 m for the countries, 140 m by
 * 90 m for the border) stays under the error the outlines already carry once simplified for a map
 * of the region (Kazakhstan's drawn outline is a few km from the true one); past zoom 7 the
 * regions' OpenStreetMap outlines carry the detail.
 */
export const QUANTIZATION = 2e4;

export interface GeoOptions {
  /**
   * Whether to rebuild the base-map layers (geo/basemap/) too. They need the raw data in ../shared/geodata;
   * without it they are left as committed. geo/basemap/rebuild.test.ts checks them, so geo/build.test.ts
   * leaves them out.
   */
  basemap?: boolean;
}

/** Every file the app loads from public/, by its path there. */
export async function buildGeo(options: GeoOptions = {}): Promise<Record<string, string | Buffer>> {
  const countries = buildCountries();
  const labels = buildLabels(countries);
  const border = buildBorder(deriveBorder());
  const files: Record<string, string | Buffer> = {
    'data/countries.topojson': jsonText(topology({ countries }, QUANTIZATION)),
    'data/border.topojson': jsonText(topology({ border }, QUANTIZATION)),
    'data/labels.geojson': jsonText(labels),
    ...((options.basemap ?? true) && hasGeodata() ? await buildBasemap(geodataDir) : {}),
  };
  // The fonts follow every label: the base map as just built, or as committed when it was not rebuilt.
  const texts = [...labels.features, ...border.features].flatMap((f) => Object.values(f.properties).map(String));
  return { ...files, ...(await buildFonts(labelTexts(outDir, texts))) };
}

export async function writeGeo(dir: string, options: GeoOptions = {}): Promise<string[]> {
  const files = await buildGeo(options);
  // Tile folders are written afresh, so a tile the build no longer makes does not linger.
  const tileFolders = new Set(Object.keys(files).flatMap((name) => /^(.+\/)\d+\/\d+\/\d+\.\w+$/.exec(name)?.[1] ?? []));
  for (const folder of tileFolders) rmSync(join(dir, folder), { recursive: true, force: true });
  return Object.entries(files).map(([name, content]) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
    return name;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await writeGeo(outDir);
  const tiles = written.filter((name) => /\/\d+\/\d+\/\d+\.(png|pbf)$/.test(name));
  const others = written.filter((name) => !tiles.includes(name));
  console.log(`wrote ${others.join(', ')}${tiles.length ? ` and ${tiles.length} tiles` : ''} to ${outDir}`);
  if (!hasGeodata())
    console.log(
      `The base-map layers (water, rivers, regions, places, relief, Almaty...) were NOT rebuilt: the raw data ` +
        `folder ${geodataDir} is absent. Their committed files in public/data are unchanged.`,
    );
  if (hasWorldInputs()) console.log(`wrote the world pack (${(await writeWorldPack()).join(', ')}) to ${packDir}`);
  else
    console.log(
      `The world pack was NOT rebuilt: it needs Natural Earth's world layers in ${worldDir} and ETOPO5 at ` +
        `${etopoFile} (apt-get install -y ferret-datasets). Its committed files in ${packDir} are unchanged.`,
    );
}
