/**
 * What an image of the map carries beyond the map: the story's title and date along the top, and the
 * data's credits along the bottom, for the social card, "Download image" and video frames alike. Laid
 * out once (`imageFrame`) and drawn as SVG here or on a canvas (canvas.ts).
 */
import type { Theme } from '../theme/theme.ts';
import { esc } from './svg.ts';

/** A line of the frame's text: its baseline's start. */
export interface FrameText {
  x: number;
  y: number;
  text: string;
  size: number;
  weight?: number;
  fill: string;
}

/** The band behind the title, over the top of the picture. */
export interface Band {
  height: number;
  fill: string;
  opacity: number;
}

/** The title and the date in their band, at `scale` (1 for the 1200-pixel social card). */
export function titleLayout(title: string, date: string, theme: Theme, scale = 1): { band: Band; texts: FrameText[] } {
  const s = (x: number) => Math.round(x * scale * 10) / 10;
  return {
    band: { height: s(92), fill: theme.paper, opacity: 0.92 },
    texts: [
      { x: s(32), y: s(54), text: title, size: s(34), weight: 600, fill: theme.ink },
      { x: s(32), y: s(80), text: date, size: s(20), fill: theme.muted },
    ],
  };
}

const textSvg = (t: FrameText) =>
  `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.weight ? ` font-weight="${t.weight}"` : ''} fill="${t.fill}">${esc(t.text)}</text>`;
const bandSvg = (b: Band, width: number) =>
  `<rect x="0" y="0" width="${width}" height="${b.height}" fill="${b.fill}" fill-opacity="${b.opacity}"/>`;

/** A band over the map's top as SVG: the title and the date, at `scale` (1 for the 1200-pixel social card). */
export function titleBand(title: string, date: string, theme: Theme, width: number, scale = 1): string {
  const { band, texts } = titleLayout(title, date, theme, scale);
  return bandSvg(band, width) + texts.map(textSvg).join('');
}

/** The credits' parts in lines of at most `chars` characters, never splitting a part unless it is longer. */
export function creditLines(parts: readonly string[], chars: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 3 + part.length <= chars) lines[last] += ` · ${part}`;
    else lines.push(part);
  }
  return lines;
}

const CREDIT_SIZE = 11;
const LINE = 14;
/** Noto Sans at 11 px averages about 6 px a character. */
const creditWrap = (parts: readonly string[], width: number) =>
  creditLines(parts, Math.max(20, Math.floor((width - 16) / 6)));

/** An image of the map as a newsroom would publish it: a title band above the map, the credits below it. */
export interface ImageFrame {
  width: number;
  height: number;
  paper: string;
  /** Where the map's top edge is, and how tall the map is. */
  mapTop: number;
  mapHeight: number;
  band: Band;
  /** The title and the date, in the band. */
  title: FrameText[];
  /** The credits' lines, under the map. */
  credits: FrameText[];
}

export interface FrameOptions {
  width: number;
  mapHeight: number;
  theme: Theme;
  title: string;
  date: string;
  credits: readonly string[];
}

export function imageFrame(o: FrameOptions): ImageFrame {
  const scale = Math.min(1, Math.max(0.5, o.width / 1200));
  const title = titleLayout(o.title, o.date, o.theme, scale);
  const top = Math.round(92 * scale);
  const lines = creditWrap(o.credits, o.width);
  const credits = lines.map((text, i): FrameText => ({
    x: 8,
    y: top + o.mapHeight + (i + 1) * LINE,
    text,
    size: CREDIT_SIZE,
    fill: o.theme.muted,
  }));
  return {
    width: o.width,
    height: top + o.mapHeight + lines.length * LINE + 8,
    paper: o.theme.paper,
    mapTop: top,
    mapHeight: o.mapHeight,
    band: title.band,
    title: title.texts,
    credits,
  };
}

export interface FramedImage {
  svg: string;
  width: number;
  height: number;
}

/** The frame as SVG around the map (an SVG of the frame's width × `mapHeight`), the map untouched. */
export function frameToSvg(frame: ImageFrame, map: string, font: string): FramedImage {
  const { width, height } = frame;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}">`,
    `<rect width="${width}" height="${height}" fill="${frame.paper}"/>`,
    bandSvg(frame.band, width),
    ...frame.title.map(textSvg),
    `<g transform="translate(0 ${frame.mapTop})">${map}</g>`,
    ...frame.credits.map(textSvg),
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** The map framed as SVG: `frameToSvg(imageFrame(o), map, font)`. */
export const framedImage = (map: string, o: FrameOptions & { font: string }): FramedImage =>
  frameToSvg(imageFrame(o), map, o.font);
