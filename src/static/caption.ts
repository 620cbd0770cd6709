/**
 * What an image of the map carries beyond the map: the story's title and date along the top, and the
 * data's credits along the bottom, for the social card and the "Download image" alike.
 */
import type { Theme } from '../theme/theme.ts';
import { esc } from './svg.ts';

/** A band over the map's top: the title and the date, at `scale` (1 for the 1200-pixel social card). */
export function titleBand(title: string, date: string, theme: Theme, width: number, scale = 1): string {
  const s = (x: number) => Math.round(x * scale * 10) / 10;
  return [
    `<rect x="0" y="0" width="${width}" height="${s(92)}" fill="${theme.paper}" fill-opacity="0.92"/>`,
    `<text x="${s(32)}" y="${s(54)}" font-size="${s(34)}" font-weight="600" fill="${theme.ink}">${esc(title)}</text>`,
    `<text x="${s(32)}" y="${s(80)}" font-size="${s(20)}" fill="${theme.muted}">${esc(date)}</text>`,
  ].join('');
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

export interface FramedImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * An image of the map as a newsroom would publish it: the title and the date in a band above the map,
 * the map (an SVG of `width` × `mapHeight`) untouched, and the data's credits in the image below it.
 */
export function framedImage(
  map: string,
  o: {
    width: number;
    mapHeight: number;
    theme: Theme;
    /** The font family of the title and the credits: the map's own. */
    font: string;
    title: string;
    date: string;
    credits: readonly string[];
  },
): FramedImage {
  const scale = Math.min(1, Math.max(0.5, o.width / 1200));
  const top = Math.round(92 * scale);
  const lines = creditWrap(o.credits, o.width);
  const height = top + o.mapHeight + lines.length * LINE + 8;
  const credits = lines.map(
    (line, i) =>
      `<text x="8" y="${top + o.mapHeight + (i + 1) * LINE}" font-size="${CREDIT_SIZE}" fill="${o.theme.muted}">${esc(line)}</text>`,
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="${esc(o.font)}">`,
    `<rect width="${o.width}" height="${height}" fill="${o.theme.paper}"/>`,
    titleBand(o.title, o.date, o.theme, o.width, scale),
    `<g transform="translate(0 ${top})">${map}</g>`,
    ...credits,
    '</svg>',
  ].join('');
  return { svg, width: o.width, height };
}
