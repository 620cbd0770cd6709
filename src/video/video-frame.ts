/**
 * A video frame's layout: the story's title and the running date in a band along the top, the map,
 * and the day's headline with the data's credits along the bottom, sized for the frame (1080 × 1080,
 * 1080 × 1920, 1920 × 1080). Pure; drawn by make-video.ts with the canvas renderer.
 */
import type { Theme } from '../theme/theme.ts';
import type { Camera, Size } from '../static/mercator.ts';
import { textWidth } from '../static/labels.ts';
import type { FrameText } from '../static/caption.ts';

export interface VideoFrameLayout {
  width: number;
  height: number;
  paper: string;
  /** The map's box in the frame. */
  map: { x: number; y: number; width: number; height: number };
  /** The title, then the date's place (its text is the day's). */
  title: FrameText;
  date: FrameText;
  /** Where the day's headline starts and how it wraps. */
  headline: {
    x: number;
    y: number;
    size: number;
    lineHeight: number;
    maxWidth: number;
    maxLines: number;
    fill: string;
  };
  credits: FrameText[];
}

/** Splits text into lines of at most `maxWidth` pixels at `size`, at spaces, and at most `maxLines` (the last cut with …). */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export function videoFrameLayout(
  size: Size,
  theme: Theme,
  title: string,
  credits: readonly string[],
): VideoFrameLayout {
  const { width, height } = size;
  // Type and bands scale with the frame's short side: a 1080-pixel side is the reference.
  const s = Math.min(width, height) / 1080;
  const margin = Math.round(48 * s);
  const top = Math.round(170 * s);
  const bottom = Math.round(200 * s);
  const credit = Math.round(20 * s);
  const creditText = credits.join(' · ');
  const creditLines = wrapText(creditText, credit, width - 2 * margin, 2);
  return {
    width,
    height,
    paper: theme.paper,
    map: { x: 0, y: top, width, height: height - top - bottom },
    title: { x: margin, y: Math.round(70 * s), text: title, size: Math.round(40 * s), weight: 600, fill: theme.ink },
    date: { x: margin, y: Math.round(135 * s), text: '', size: Math.round(48 * s), weight: 700, fill: theme.ink },
    headline: {
      x: margin,
      y: height - bottom + Math.round(56 * s),
      size: Math.round(34 * s),
      lineHeight: Math.round(42 * s),
      maxWidth: width - 2 * margin,
      maxLines: 2,
      fill: theme.ink,
    },
    credits: creditLines.map((text, i) => ({
      x: margin,
      y: height - Math.round(24 * s) - (creditLines.length - 1 - i) * Math.round(26 * s),
      text,
      size: credit,
      fill: theme.muted,
    })),
  };
}

/**
 * The video's camera: the reader's view (where the map looks at `readerSize`) shown whole in the frame's
 * map box, centred the same.
 */
export function videoCamera(reader: Camera, readerSize: Size, map: Size): Camera {
  const k = Math.min(map.width / readerSize.width, map.height / readerSize.height);
  return { ...reader, zoom: reader.zoom + Math.log2(k) };
}
