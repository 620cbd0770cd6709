/**
 * The relief a poster carries inside it: the region's shading at a quarter of its pixels, its strengths
 * rounded to a few steps, so the poster (an embed's first paint, counted in its article's bytes) stays
 * light. At the poster's zoom the shading is drawn several times larger than its source anyway: soft.
 */
import { PNG } from 'pngjs';

/** Source pixels to a poster pixel, each way. */
const K = 4;
/** Shading strengths (alpha) are rounded to steps of this much. */
const STEP = 12;

export function posterRelief(png: Buffer): Buffer {
  const source = PNG.sync.read(png);
  const [width, height] = [Math.floor(source.width / K), Math.floor(source.height / K)];
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let [alpha, light] = [0, 0];
      for (let dy = 0; dy < K; dy++)
        for (let dx = 0; dx < K; dx++) {
          const i = ((K * y + dy) * source.width + K * x + dx) * 4;
          alpha += source.data[i + 3];
          light += source.data[i] > 127 ? 1 : 0;
        }
      const o = (y * width + x) * 4;
      // The shading is black (shadow) or white (light): the pixels' majority.
      out.data.fill(2 * light > K * K ? 255 : 0, o, o + 3);
      out.data[o + 3] = Math.min(255, Math.round(alpha / (K * K) / STEP) * STEP);
    }
  return PNG.sync.write(out, { colorType: 4, deflateLevel: 9 });
}
