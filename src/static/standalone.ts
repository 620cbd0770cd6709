/**
 * An SVG that stands alone: the fonts and images it refers to carried inside it as data URLs. A
 * downloaded file then looks the same anywhere, and a browser drawing it into a canvas (which loads
 * nothing an SVG image refers to) sets its labels in the map's own font.
 */
import { esc } from './svg.ts';

export interface EmbeddedFont {
  family: string;
  italic: boolean;
  /** CSS unicode-range, e.g. "U+0000-00FF,U+0131". */
  range: string;
  /** data:font/woff2;base64,… */
  dataUrl: string;
}

/** `svg` with `fonts` declared in it and each image href in `images` (href → data URL) replaced. */
export function standaloneSvg(svg: string, fonts: readonly EmbeddedFont[], images: Record<string, string>): string {
  const faces = fonts
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.italic ? 'italic' : 'normal'};unicode-range:${f.range};src:url(${f.dataUrl})}`,
    )
    .join('');
  const open = svg.indexOf('>') + 1;
  let out = `${svg.slice(0, open)}<defs><style>${faces}</style></defs>${svg.slice(open)}`;
  for (const [href, data] of Object.entries(images)) out = out.split(`href="${esc(href)}"`).join(`href="${data}"`);
  return out;
}
