/**
 * How much detail the world pack keeps. Natural Earth's 1:10m and 1:50m layers are made for maps at
 * about zoom 3–7; the pack keeps what those zooms show and no more, so it stays a few MB in all
 * (geo/world/pack.test.ts holds it to its budget).
 */

/**
 * Visvalingam's effective area, in square degrees, under which a vertex goes. A pixel is 360 / 512 / 2^z
 * degrees at zoom z (512-pixel tiles): 1.2e-4 square degrees at zoom 6, 4.8e-4 at zoom 5. Outlines keep
 * about a pixel at zoom 6; rivers, the largest layer and thin lines whose bends matter less, a pixel at
 * zoom 5; seas give only a label point found inside their outline, so a coarse outline does.
 */
export const MIN_AREA = { lakes: 2e-4, rivers: 4e-4, urban: 2e-4, regions: 2e-4, seas: 5e-2 } as const;

/** Sea rings (islands, far-flung parts) smaller than this, in square degrees, do not hold a label. */
export const SEA_MIN_RING = 0.5;

/** Steps across the world's width and height: 360° / 5e4 ≈ 0.007°, about a pixel at zoom 6. */
export const QUANTIZATION = 5e4;
