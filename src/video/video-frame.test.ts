import { describe, expect, it } from 'vitest';
import { videoCamera, videoFrameLayout, wrapText } from './video-frame.ts';
import { textWidth } from '../static/labels.ts';
import { themes } from '../theme/theme.ts';
import { VIDEO_SIZES } from './video-options.ts';

describe('wrapText', () => {
  const text = 'Protesters seize the mayor’s office and the airport in Almaty as the government resigns';
  it.each([
    { maxWidth: 2000, maxLines: 2, lines: 1 },
    { maxWidth: 400, maxLines: 5, lines: 3 },
    { maxWidth: 200, maxLines: 2, lines: 2 },
  ])('at $maxWidth px and $maxLines lines: $lines lines, each within the width', ({ maxWidth, maxLines, lines }) => {
    const out = wrapText(text, 20, maxWidth, maxLines);
    expect(out).toHaveLength(lines);
    // Only a cut last line may run over by its ellipsis; no word is split.
    out.slice(0, -1).forEach((l) => expect(textWidth(l, 20)).toBeLessThanOrEqual(maxWidth));
    if (out.join(' ').length < text.length) expect(out.at(-1)).toMatch(/…$/);
    else expect(out.join(' ')).toBe(text);
  });
});

describe('videoFrameLayout', () => {
  it.each(Object.entries(VIDEO_SIZES))('%s: the bands and the map fill the frame, text inside it', (_, size) => {
    const layout = videoFrameLayout(size, themes.light, 'Title', ['Natural Earth', 'GeoNames (CC BY 4.0)']);
    expect(layout.map.width).toBe(size.width);
    expect(layout.map.y).toBeGreaterThan(layout.date.y);
    expect(layout.headline.y).toBeGreaterThan(layout.map.y + layout.map.height);
    for (const t of [layout.title, layout.date, ...layout.credits]) {
      expect(t.y).toBeLessThan(size.height);
      expect(t.x).toBeGreaterThan(0);
    }
    expect(layout.credits.at(-1)!.y).toBeGreaterThan(layout.headline.y);
  });
});

describe('videoCamera', () => {
  it.each([
    // The reader's view at 800 × 600 shown whole in a 1080 × 710 box: scaled by min(1.35, 1.18).
    { reader: { width: 800, height: 600 }, map: { width: 1080, height: 710 }, dz: Math.log2(710 / 600) },
    { reader: { width: 400, height: 800 }, map: { width: 1920, height: 710 }, dz: Math.log2(710 / 800) },
  ])('keeps the centre and fits the reader’s view', ({ reader, map, dz }) => {
    const cam = videoCamera({ lng: 66, lat: 48, zoom: 4 }, reader, map);
    expect([cam.lng, cam.lat]).toEqual([66, 48]);
    expect(cam.zoom).toBeCloseTo(4 + dz, 9);
  });
});
