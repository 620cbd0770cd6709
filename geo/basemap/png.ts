/** PNG encoding with pngjs, with fixed options so the same pixels always give the same bytes. */
import { PNG } from 'pngjs';

const options = {
  deflateLevel: 9,
  // Z_RLE suits images with long runs (flat land, transparent margins) and is what pngjs picks by default;
  // named here so a change of default cannot change the bytes.
  deflateStrategy: 3,
  filterType: -1,
};

/** Grey and alpha, one byte each per pixel. */
export function encodeGreyAlpha(width: number, height: number, greyAlpha: Uint8Array): Buffer {
  if (greyAlpha.length !== width * height * 2) throw new Error('expected 2 bytes per pixel');
  return PNG.sync.write({ width, height, data: Buffer.from(greyAlpha) } as PNG, {
    ...options,
    colorType: 4,
    inputColorType: 4,
    inputHasAlpha: true,
  });
}

/** Red, green and blue, one byte each per pixel (Terrarium elevation tiles). */
export function encodeRgb(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new Error('expected 3 bytes per pixel');
  return PNG.sync.write({ width, height, data: Buffer.from(rgb) } as PNG, {
    ...options,
    colorType: 2,
    inputColorType: 2,
    inputHasAlpha: false,
  });
}

/** Decodes a PNG into RGBA, for tests and previews. */
export const decodePng = (bytes: Buffer): PNG => PNG.sync.read(bytes);

/** Grey, one byte per pixel. */
export function encodeGrey(width: number, height: number, grey: Uint8Array): Buffer {
  if (grey.length !== width * height) throw new Error('expected 1 byte per pixel');
  return PNG.sync.write({ width, height, data: Buffer.from(grey) } as PNG, {
    ...options,
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
  });
}
