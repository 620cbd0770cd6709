/**
 * The relief a poster carries inside it: the region's shading at half its pixels, its strengths rounded
 * to a few steps, so the poster (an embed's first paint, counted in its article's bytes) stays light.
 * At the poster's zoom the shading is soft enough that the reader sees no difference.
 */
import { PNG } from 'pngjs';

/** Shading strengths (alpha) are rounded to steps of this much. */
const STEP = 10;

export function posterRelief(png: Buffer): Buffer {
  const source = PNG.sync.read(png);
  const [width, height] = [source.width >> 1, source.height >> 1];
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let [alpha, light] = [0, 0];
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ]) {
        const i = ((2 * y + dy) * source.width + 2 * x + dx) * 4;
        alpha += source.data[i + 3];
        light += source.data[i] > 127 ? 1 : 0;
      }
      const o = (y * width + x) * 4;
      // The shading is black (shadow) or white (light): the four pixels' majority.
      out.data.fill(light > 2 ? 255 : 0, o, o + 3);
      out.data[o + 3] = Math.min(255, Math.round(alpha / 4 / STEP) * STEP);
    }
  return PNG.sync.write(out, { colorType: 4, deflateLevel: 9 });
}
