/**
 * The base map's files, derived from the raw public data in ../shared/geodata: water, rivers, the regions of
 * January 2022, physical names, places, urban areas, shaded relief and Almaty's street map, with a manifest and
 * the licences. `npm run geo` (geo/build.ts) writes them to public/ when that folder is there.
 */
import { join } from 'node:path';
import { format } from 'prettier';
import { jsonText } from '../io.ts';
import { almatyLayers, ALMATY_EXTRACT, LAYERS } from './almaty.ts';
import { landmarks } from './almaty-landmarks.ts';
import { almatyOverview } from './almaty-overview.ts';
import { almatyTiles, TILE_ZOOMS } from './almaty-tiles.ts';
import { licencesText } from './credits.ts';
import { type Entry, manifest } from './manifest.ts';
import { references } from './names.ts';
import { readOsm } from './osm.ts';
import { geodataDir, hasGeodata, raw } from './paths.ts';
import { buildPhysical } from './physical.ts';
import { buildPlaces, PLACES_SPLIT_ZOOM } from './places.ts';
import { buildRegions } from './regions.ts';
import { ALMATY_BOUNDS, ALMATY_ZOOMS, buildRelief, REGION_BOUNDS } from './relief.ts';
import { buildRivers } from './rivers.ts';
import { buildUrban } from './urban.ts';
import { ARAL_EXTENT, buildWater, WATER_DETAIL_ZOOM } from './water.ts';

export { geodataDir, hasGeodata };

const names3 = 'name_en, name_ru, name_kk: the name in English, Russian and Kazakh';

/** Every base-map file, by its path relative to public/. */
export async function buildBasemap(dir: string = geodataDir): Promise<Record<string, string | Buffer>> {
  const file = (key: string) => join(dir, raw[key as keyof typeof raw] as string);
  const places = buildPlaces(file);
  const [startupPlaces, laterPlaces] = [
    places.features.filter((f) => f.properties.labelZoom < PLACES_SPLIT_ZOOM),
    places.features.filter((f) => f.properties.labelZoom >= PLACES_SPLIT_ZOOM),
  ];
  const relief = await buildRelief(dir, raw);
  const water = buildWater(file);
  const almaty = almatyLayers(await readOsm(file('almaty')));

  const files: Record<string, string | Buffer> = {
    'data/water.topojson': jsonText(water.startup),
    'data/water-detail.topojson': jsonText(water.detail),
    'data/rivers.topojson': jsonText(buildRivers(file)),
    'data/regions.topojson': jsonText(buildRegions(file)),
    'data/physical.geojson': jsonText(buildPhysical(file)),
    'data/places.geojson': jsonText({ type: 'FeatureCollection', features: startupPlaces }),
    'data/places-z7.geojson': jsonText({ type: 'FeatureCollection', features: laterPlaces }),
    'data/urban.topojson': jsonText(buildUrban(file)),
    'data/relief/region.png': relief.region.png,
    ...prefixed('data/relief/almaty/', relief.tiles),
    ...prefixed('data/almaty/', almatyTiles(almaty)),
    'data/almaty-overview.geojson': jsonText(almatyOverview(almaty)),
    'data/LICENCES.md': licencesText,
  };
  // Laid out as Prettier lays out the repository's JSON, for people to read.
  const text = jsonText(manifest(entries(relief.srtmFilled), files));
  files['data/manifest.json'] = await format(text, { parser: 'json', printWidth: 120 });
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

const prefixed = (prefix: string, files: Record<string, Buffer>) =>
  Object.fromEntries(Object.entries(files).map(([path, content]) => [prefix + path, content]));

function entries(srtmFilled: number): Record<string, Entry> {
  const [w, s, e, n] = REGION_BOUNDS;
  return {
    'data/water.topojson': {
      what:
        'Lakes and reservoirs of 100 km² or more (Natural Earth 1:10m), clipped to the map region, with label points ' +
        "for the named ones, and the Aral Sea's late-1950s shore. The Caspian is not here: it is the background.",
      format: 'TopoJSON',
      sources: ['naturalEarth'],
      minzoom: 3,
      maxzoom: 9,
      load: 'startup',
      layers: {
        lakes: 'polygons: kind lake | reservoir',
        aralHistoric: 'one polygon, kind historic-shore: draw it as a dashed outline, not filled',
        labels: 'points, kind label: one per named lake',
      },
      properties: {
        id: 'kebab-case id (unnamed lakes: lake-<lon>_<lat> of their label point)',
        kind: 'lake | reservoir | historic-shore | label',
        names: `${names3}; null for the lakes the map does not name`,
        rank: "Natural Earth's scalerank (0 = most important)",
        minzoom: "Natural Earth's min_zoom: the zoom it suggests drawing the lake from",
        labelZoom: 'labels: the zoom the name shows from',
        extent: `what outline the Aral Sea shows: "${ARAL_EXTENT.modern}" / "${ARAL_EXTENT.historic}"`,
      },
      notes: `Russian and Kazakh names: ${references.water}`,
    },
    'data/water-detail.topojson': {
      what:
        'The smaller lakes and reservoirs of data/water.topojson (those Natural Earth draws from zoom ' +
        `${WATER_DETAIL_ZOOM}), in a file of their own so the region's first view does not wait for them.`,
      format: 'TopoJSON',
      sources: ['naturalEarth'],
      minzoom: WATER_DETAIL_ZOOM,
      maxzoom: 9,
      load: 'zoom',
      layers: { lakes: 'polygons: kind lake | reservoir' },
      properties: { id: 'as in data/water.topojson', kind: 'lake | reservoir', names: `${names3}; null when unnamed` },
      notes: `Russian and Kazakh names: ${references.water}`,
    },
    'data/rivers.topojson': {
      what:
        'Ural, Irtysh, Ishim, Tobol, Syr Darya, Ili, Amu Darya and Volga (Natural Earth 1:10m river and lake ' +
        'centrelines), one MultiLineString per river and kind. Natural Earth has no Chu or Emba at 1:10m.',
      format: 'TopoJSON',
      sources: ['naturalEarth'],
      minzoom: 3,
      maxzoom: 9,
      load: 'startup',
      layers: { rivers: 'lines' },
      properties: {
        id: 'ural | irtysh | ishim | tobol | syr-darya | ili | amu-darya | volga',
        kind: 'river | lake-centerline (the river through a lake or reservoir: hide it, or draw it under the water)',
        names: names3,
        rank: "Natural Earth's scalerank (0 = most important)",
        width: 'suggested stroke width, CSS px at zoom 5 (2 for the Irtysh, 1 for the Ili and Ishim)',
        minzoom: 'suggested zoom to draw from (all 3: they are the country’s rivers)',
        labelZoom: "zoom the name shows from (Natural Earth's min_label, rounded up)",
        lengthKm: 'length of the line within the map region at full resolution, km',
      },
      notes: `Russian and Kazakh names: ${references.water}`,
    },
    'data/regions.topojson': {
      what:
        "Kazakhstan's 14 regions and 3 cities of republican status as in January 2022 (OpenStreetMap's June 2023 " +
        'boundaries with Abai merged back into East Kazakhstan, Jetisu into Almaty Region and Ulytau into ' +
        "Karaganda; Astana labelled Nur-Sultan), clipped to Natural Earth's 1:10m land so Atyrau and Mangystau " +
        'stop at the Caspian shore; their inner borders as lines; a label point each.',
      format: 'TopoJSON',
      sources: ['osm', 'naturalEarth'],
      minzoom: 3,
      maxzoom: 8,
      load: 'startup',
      layers: {
        regions: 'polygons, one per region or city (17)',
        borders:
          'one MultiLineString, kind inner-border: the edges two regions share (draw faintly); the country outline is not in it',
        labels: 'points, one per region or city',
      },
      properties: {
        id: "kebab-case: akmola, aktobe, almaty-region, ..., 'nur-sultan', almaty, shymkent",
        type: 'region | city',
        names: `${names3} (e.g. Mangystau Region / Мангистауская область / Маңғыстау облысы)`,
      },
      notes:
        `Simplified for zooms 3–8: past that the city boundaries look coarse. Names: ${references.regions} ` +
        'The borders cross lakes Balkhash and Aral as the boundaries do.',
    },
    'data/physical.geojson': {
      what:
        'Label points for landforms (Tian Shan, Kazakh Uplands, Betpak-Dala, Ustyurt, Altai, Caspian Depression, ' +
        'Kyzylkum, Karakum, Dzungarian Alatau, ...) from Natural Earth geography regions, and peaks and ' +
        'depressions (Talgar Peak 4,979 m, Belukha, Jengish Chokusu, Karagiye Depression -132 m) from its elevation points.',
      format: 'GeoJSON',
      sources: ['naturalEarth'],
      minzoom: 3,
      maxzoom: 12,
      load: 'startup',
      properties: {
        id: 'kebab-case',
        kind: "Natural Earth's class (range/mtn, plateau, desert, lowland, basin, valley) or peak | depression",
        names: names3,
        rank: "Natural Earth's scalerank",
        labelZoom: "zoom the label shows from (Natural Earth's min_label / min_zoom)",
        elevation: 'peaks and depressions: metres above sea level',
        note: 'where the label point is not the pole of Natural Earth’s polygon, why',
      },
      notes: `Names: ${references.physical}`,
    },
    'data/places.geojson': {
      what:
        "Town and city labels for zooms 3–6: Kazakhstan's towns of 50,000 people or more and its region seats " +
        "(OpenStreetMap, via the Humanitarian OpenStreetMap Team export), the story's cities at the same GeoNames " +
        'points as labels.geojson, and the capitals around Kazakhstan. Names as in January 2022 (Nur-Sultan, Kapchagay).',
      format: 'GeoJSON',
      sources: ['osm', 'geonames'],
      minzoom: 3,
      maxzoom: 9,
      load: 'startup',
      properties: {
        id: 'kebab-case of the English name',
        kind: 'capital | region-centre (seat of a region in January 2022) | city',
        names: `${names3}`,
        population: 'as tagged in OpenStreetMap; null for the capitals abroad and Kyzylorda (missing from the export)',
        labelZoom: 'zoom the label shows from: 3 capitals, 4 region seats and 200,000+, 5 100,000+, 6 50,000+',
        story: 'true for the cities of data/labels.geojson (same point, same English name)',
        source: 'openstreetmap | geonames: where the point comes from',
      },
      notes:
        'Sorted by population, largest first (a symbol-sort-key of -population keeps big towns on top). English ' +
        "names: the export's where they are plain English, else the Russian name romanised (Kulsary, Shu).",
    },
    'data/places-z7.geojson': {
      what: "Town labels for zooms 7–9: the rest of Kazakhstan's towns of 10,000 people or more. Same properties as places.geojson.",
      format: 'GeoJSON',
      sources: ['osm'],
      minzoom: 7,
      maxzoom: 10,
      load: 'zoom',
    },
    'data/urban.topojson': {
      what: 'Built-up areas (Natural Earth 1:50m): coarse outlines of the larger towns, for zooms 5–8.',
      format: 'TopoJSON',
      sources: ['naturalEarth'],
      minzoom: 5,
      maxzoom: 8,
      load: 'zoom',
      layers: { urban: 'polygons' },
      properties: {
        id: 'urban-<lon>_<lat> of its centroid (Natural Earth gives no names)',
        areaKm2: "Natural Earth's area estimate, km²",
        rank: "Natural Earth's scalerank",
        minzoom: "Natural Earth's min_zoom",
      },
    },
    'data/relief/region.png': {
      what:
        'Shaded relief of the region from ETOPO5 (5 arc-minutes, about 9 km): black shadows and white light on ' +
        'transparency, in Web Mercator, for a MapLibre `image` source (coordinates below) or an SVG <image> ' +
        'stretched over the same box. Light from the north-west, 20× vertical exaggeration; weak shading is left ' +
        'out so the steppe stays clear; it fades out over the last 1.5° before its edges.',
      format: 'PNG (grey + alpha)',
      sources: ['etopo5'],
      minzoom: 3,
      maxzoom: 8,
      load: 'startup',
      coordinates: [
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
      notes:
        'Covers 44–90° E, 35–60° N, where the ETOPO5 extract ends: no relief west of 44° E (the western Caucasus, ' +
        'Ukraine, Belarus, European Russia). Soft beyond zoom 6; from zoom 8 the ' +
        'Almaty tiles take over around the city. ETOPO5 has some blocky artefacts in western China.',
    },
    'data/relief/almaty/{z}/{x}/{y}.png': {
      what:
        'Shaded relief of Almaty and the Trans-Ili Alatau from SRTM3 (3 arc-seconds, about 90 m), 256-pixel tiles ' +
        'for a MapLibre `raster` source (tileSize 256), in the same style as region.png.',
      format: 'PNG tiles (grey + alpha)',
      sources: ['srtm'],
      minzoom: ALMATY_ZOOMS[0],
      maxzoom: 14,
      load: 'zoom',
      tiles: { zooms: [...ALMATY_ZOOMS], bounds: ALMATY_BOUNDS },
      notes: `Set the source's maxzoom to ${ALMATY_ZOOMS.at(-1)}: MapLibre overzooms. ${srtmFilled} cells with no data (steep high faces) were filled from their neighbours.`,
    },
    'data/almaty/{z}/{x}/{y}.pbf': {
      what:
        'Almaty street map from the March 2012 OpenStreetMap extract, as vector tiles: built-up area (derived), ' +
        'landuse and parks, water, rivers and canals, main streets with names, rail and tram, the airport and ' +
        'its runways, and labels for Republic Square, the akimat, the presidential residence and the airport.',
      format: 'Mapbox vector tiles',
      sources: ['osm2012'],
      minzoom: TILE_ZOOMS[0],
      maxzoom: 16,
      load: 'zoom',
      tiles: { zooms: [...TILE_ZOOMS], bounds: ALMATY_EXTRACT },
      layers: {
        landuse:
          'polygons, class: built-up (derived: the extract outlines little landuse, so this is drawn round dense ' +
          'buildings and streets on a 120 m grid), residential, commercial, industrial, construction, cemetery, ' +
          'farmland, forest, grass, park, stadium; name where the data has one',
        water: 'polygons, class water | reservoir; name',
        waterway: 'lines, class river | canal | stream | drain; name; tunnel',
        aeroway:
          'class airport (polygon, derived: the hull of the airfield’s runways, taxiways and aprons, 150 m out), ' +
          'apron | terminal (polygons), runway | taxiway (lines, ref)',
        rail: 'lines, class rail | tram',
        roads:
          'lines, class trunk | primary | secondary | tertiary; link, bridge, tunnel; name (as written in 2012, in Russian), name_en where the data has it',
        labels:
          'points: id republic-square | akimat | presidential-residence | airport; kind; name_en, name_ru, name_kk',
      },
      notes:
        `Set the source's maxzoom to ${TILE_ZOOMS.at(-1)}: MapLibre overzooms. Zooms per kind: trunk, primary, ` +
        'rivers, rail, built-up, airport from 9; secondary, water, parks from 10; tertiary, other landuse, ' +
        'taxiways from 11; tram from 12. Street names are 2012’s: Furmanov Street is Nazarbayev Avenue since ' +
        `2017. Layers, bottom first: ${LAYERS.join(', ')}. Landmarks: ` +
        Object.values(landmarks)
          .map((l) => `${l.en}: ${l.source}`)
          .join(' '),
    },
    'data/almaty-overview.geojson': {
      what:
        'A small Almaty map for an SVG inset of 130–360 px: the built-up outline (derived, parts of 2 km² or ' +
        'more), trunk and primary roads, named rivers and the Big Almaty Canal, the airport area and runways, ' +
        'and the four landmarks. Simplified to about 70 m.',
      format: 'GeoJSON',
      sources: ['osm2012'],
      minzoom: 8,
      maxzoom: 12,
      load: 'zoom',
      properties: {
        kind: 'built-up | road | river | canal | airport | runway | landmark',
        class: 'roads: trunk | primary',
        name: 'rivers and the canal: their name (Russian, or English where the data has only that)',
        derived: 'true where the outline is drawn by us, not mapped (built-up, airport)',
        landmark: 'landmarks: square | building | airport, with id and name_en, name_ru, name_kk',
      },
    },
  };
}
