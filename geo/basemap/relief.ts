/**
 * Shaded relief, pre-shaded into transparent PNGs (black shadows, white light, strength in alpha) in Web
 * Mercator: one image of the whole region from ETOPO5 for an `image` source (the static SVG renderer can
 * draw the same file as an <image>), and 256-pixel tiles of Almaty and the Trans-Ili Alatau from SRTM3 for a
 * `raster` source that loads only from zoom 8.
 */
import { join } from 'node:path';
import { blur, type Grid, mosaicSrtm, readEtopo, readHgt } from './dem.ts';
import { type MercatorRaster, regionStyle, resample, shade, type ShadeStyle, toGreyAlpha } from './hillshade.ts';
import { type Bounds, latOf, lonOf, mercX, mercY, tilesCovering } from './mercator.ts';
import { encodeGreyAlpha } from './png.ts';

/** The region image: ETOPO5's extent; 660 pixels across is one pixel per CSS pixel in the default view. */
export const REGION_BOUNDS: Bounds = [44, 35, 90, 60];
export const REGION_WIDTH = 660;
/** ETOPO5 cells blurred by about one cell first (see dem.ts `blur`). */
const REGION_BLUR = 1;
/** Over the last degrees before the data ends, the shading fades out instead of stopping in a straight line. */
const FEATHER_DEGREES = 1.5;

/**
 * SRTM3 covers 76–78° E, 42–44° N. The tiles keep Almaty, its suburbs and the Trans-Ili Alatau above it (the
 * Almaty extract is 76.58–77.22° E, 43.06–43.55° N); the Kungey Alatau and Issyk-Kul further south are left to
 * the region's relief, which saves three fifths of the bytes.
 */
export const ALMATY_BOUNDS: Bounds = [76.2, 42.8, 77.8, 44];
/** Zoom 10's pixels (about 110 m here) match SRTM3's 90 m cells; MapLibre overzooms past it. */
export const ALMATY_ZOOMS = [8, 9, 10] as const;
const TILE = 256;

/** The Almaty tiles share the region's light and look; exaggeration shrinks as the ground pixels do. */
export const almatyStyle = (z: number): ShadeStyle => ({
  ...regionStyle,
  exaggeration: 2 * 2 ** ((10 - z) * 0.75),
  threshold: 0.08,
  levels: 6,
});

export const rasterOf = ([w, s, e, n]: Bounds, width: number, height: number): MercatorRaster => ({
  x0: mercX(w),
  x1: mercX(e),
  y0: mercY(n),
  y1: mercY(s),
  width,
  height,
});

/** A fade (0–1) for each pixel: how far it is from the raster's edges, over `degrees`. */
function edgeFade(r: MercatorRaster, [w, s, e, n]: Bounds, degrees: number) {
  return (i: number) => {
    const [px, py] = [i % r.width, Math.floor(i / r.width)];
    const lon = lonOf(r.x0 + ((px + 0.5) / r.width) * (r.x1 - r.x0));
    const lat = latOf(r.y0 + ((py + 0.5) / r.height) * (r.y1 - r.y0));
    const d = Math.min(lon - w, e - lon, lat - s, n - lat);
    return Math.min(1, Math.max(0, d / degrees));
  };
}

/** The region's relief image, with its bounds and size. */
export function regionRelief(etopo: Grid) {
  const [w, s, e, n] = REGION_BOUNDS;
  const height = Math.round((REGION_WIDTH * (mercY(s) - mercY(n))) / (mercX(e) - mercX(w)));
  const r = rasterOf(REGION_BOUNDS, REGION_WIDTH, height);
  const shading = shade(resample(blur(etopo, REGION_BLUR), r, regionStyle.floor), r, regionStyle);
  const pixels = toGreyAlpha(shading, regionStyle, edgeFade(r, REGION_BOUNDS, FEATHER_DEGREES));
  return { png: encodeGreyAlpha(REGION_WIDTH, height, pixels), width: REGION_WIDTH, height };
}

/**
 * Almaty's tiles, by path under the tile folder ('10/733/377.png'). Tiles are shaded with a pixel of margin
 * all round, so neighbouring tiles meet without a seam.
 */
export function almatyReliefTiles(srtm: Grid): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const [bw, bs, be, bn] = ALMATY_BOUNDS;
  for (const z of ALMATY_ZOOMS) {
    const style = almatyStyle(z);
    for (const { x, y } of tilesCovering(ALMATY_BOUNDS, z)) {
      const k = 2 ** z;
      const margin = 1;
      const r: MercatorRaster = {
        x0: (x - margin / TILE) / k,
        x1: (x + 1 + margin / TILE) / k,
        y0: (y - margin / TILE) / k,
        y1: (y + 1 + margin / TILE) / k,
        width: TILE + 2 * margin,
        height: TILE + 2 * margin,
      };
      const shading = shade(resample(srtm, r, style.floor), r, style);
      // Pixels outside the SRTM box stay clear (resampling there would smear its edge cells outwards).
      const inside = (i: number) => {
        const lon = lonOf((x + ((i % TILE) + 0.5) / TILE) / k);
        const lat = latOf((y + (Math.floor(i / TILE) + 0.5) / TILE) / k);
        return lon >= bw && lon <= be && lat >= bs && lat <= bn ? 1 : 0;
      };
      const cropped = new Float32Array(TILE * TILE);
      for (let py = 0; py < TILE; py++)
        for (let px = 0; px < TILE; px++) cropped[py * TILE + px] = shading[(py + margin) * r.width + px + margin];
      const pixels = toGreyAlpha(cropped, style, inside);
      if (pixels.every((v, i) => i % 2 === 0 || v === 0)) continue;
      out[`${z}/${x}/${y}.png`] = encodeGreyAlpha(TILE, TILE, pixels);
    }
  }
  return out;
}

/** The region image, Almaty's tiles, and how many SRTM cells had no data and were filled. */
export async function buildRelief(geodataDir: string, files: { etopo5: string; srtm: readonly string[] }) {
  const etopo = await readEtopo(join(geodataDir, files.etopo5));
  const srtm = mosaicSrtm(files.srtm.map((f) => readHgt(join(geodataDir, f))));
  const region = regionRelief(etopo);
  const tiles = almatyReliefTiles(srtm);
  return { region, tiles, srtmFilled: srtm.filled };
}
