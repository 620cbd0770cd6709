/** What the base-map tests share: the committed files, read as features, and the note when raw data is missing. */
import type { FeatureCollection } from 'geojson';
import { outDir } from '../build.ts';
import { readFeatures } from '../io.ts';
import { geodataDir, hasGeodata } from './paths.ts';

/** A committed file of public/data, GeoJSON or TopoJSON, as features. */
export const built = <C extends FeatureCollection>(name: string): C => readFeatures<C>(`${outDir}data/${name}`);

/** Says, once per test file, which checks skip because the raw data is not beside the project. */
export function noteMissingGeodata(what: string): void {
  if (!hasGeodata()) console.warn(`skipped: ../shared/geodata is absent (looked in ${geodataDir}): ${what}`);
}

/**
 * The source-layer names of a vector tile, read straight from its protobuf (Tile.layers is field 3, Layer.name
 * field 1): enough to check the tiles without a decoder the project does not otherwise need.
 */
export function tileLayerNames(bytes: Buffer): string[] {
  const names: string[] = [];
  let i = 0;
  const varint = () => {
    let [value, shift] = [0, 0];
    for (;;) {
      const b = bytes[i++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  while (i < bytes.length) {
    const key = varint();
    if ((key & 7) !== 2) throw new Error(`unexpected wire type ${key & 7} at the tile's top level`);
    const end = varint() + i;
    if (key >> 3 === 3) {
      const layerEnd = end;
      while (i < layerEnd) {
        const k = varint();
        const wire = k & 7;
        if (wire === 2) {
          const len = varint();
          if (k >> 3 === 1) names.push(bytes.toString('utf8', i, i + len));
          i += len;
        } else if (wire === 0) varint();
        else throw new Error(`unexpected wire type ${wire} in a layer`);
      }
    }
    i = end;
  }
  return names;
}
