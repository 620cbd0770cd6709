/**
 * A scene as SVG markup: the static map's one drawing, for the prerendered page, the map without
 * WebGL, the downloadable image and the social card. Every text is escaped, so nothing from a story
 * can become markup; only presentation attributes are used, so a strict style-src holds.
 */
import type { Label, Marker, Scene, Shape } from './scene.ts';

/** Text as markup text or an attribute value: nothing in it can open a tag or end a quote. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? n(v) : v!)}"`)
    .join('');
}

const shape = (s: Shape) =>
  `<path${attrs({
    d: s.d,
    fill: s.fill ?? 'none',
    'fill-opacity': s.fillOpacity,
    stroke: s.stroke,
    'stroke-width': s.strokeWidth,
    'stroke-opacity': s.strokeOpacity,
    'stroke-dasharray': s.dash,
    'stroke-linejoin': s.stroke ? 'round' : undefined,
    'stroke-linecap': s.stroke ? 'round' : undefined,
  })}/>`;

/** A story marker is a button for keyboard and pointer alike; a town's dot is only drawn. */
function marker(m: Marker): string {
  const ring = m.isNew
    ? `<circle${attrs({ cx: m.x, cy: m.y, r: m.r + 4, fill: 'none', stroke: m.ringColor, 'stroke-width': 2 })}/>`
    : '';
  const dot = `<circle${attrs({ cx: m.x, cy: m.y, r: m.r, fill: m.fill, stroke: m.stroke, 'stroke-width': m.strokeWidth })}/>`;
  const chosen = m.selected
    ? `<circle${attrs({ cx: m.x, cy: m.y, r: m.r + 3, fill: 'none', stroke: '#000', 'stroke-width': 2 })}/>`
    : '';
  if (!m.id) return m.town ? dot.replace('<circle', `<circle data-town="${esc(m.town)}"`) : dot;
  return `<g${attrs({ class: 'event', 'data-marker-id': m.id, role: 'button', tabindex: 0, 'aria-label': m.title, opacity: m.opacity < 1 ? m.opacity : undefined })}>${ring}${chosen}${dot}</g>`;
}

const ANCHOR = { center: 'middle', left: 'start', right: 'end', top: 'middle', bottom: 'middle' } as const;

function label(l: Label): string {
  const lineHeight = l.size * 1.2;
  const block = l.lines.length * lineHeight;
  const d = l.offset * l.size;
  // The text block's top: centred on the point, or below or above it by the offset the placement used.
  const top = l.anchor === 'top' ? l.y + d : l.anchor === 'bottom' ? l.y - d - block : l.y - block / 2;
  const x = l.anchor === 'left' ? l.x + d : l.anchor === 'right' ? l.x - d : l.x;
  const tspans = l.lines
    .map((t, i) => `<tspan${attrs({ x, y: top + (i + 0.8) * lineHeight })}>${esc(t)}</tspan>`)
    .join('');
  return `<text${attrs({
    'font-size': l.size,
    'font-style': l.italic ? 'italic' : undefined,
    'letter-spacing': l.letterSpacing ? l.letterSpacing * l.size : undefined,
    'text-anchor': ANCHOR[l.anchor],
    fill: l.fill,
    stroke: l.halo,
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  })}>${tspans}</text>`;
}

export interface SvgOptions {
  /** The font family the labels are set in. */
  font: string;
  /** Accessible name; the SVG is an image of the map. */
  title: string;
  /** Extra markup inside the SVG, drawn last (a caption, the credits). */
  extra?: string;
}

export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const { width, height } = scene;
  const relief = scene.relief
    ? `<image${attrs({ href: scene.relief.href, x: scene.relief.x, y: scene.relief.y, width: scene.relief.width, height: scene.relief.height, opacity: scene.relief.opacity, preserveAspectRatio: 'none' })}/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': options.title, 'font-family': options.font })}>`,
    `<rect${attrs({ width, height, fill: scene.background })}/>`,
    `<g class="land">${scene.shapes.map(shape).join('')}</g>`,
    relief,
    `<g class="overlays">${scene.overlays.map(shape).join('')}</g>`,
    `<g class="labels" aria-hidden="true">${scene.labels.map(label).join('')}</g>`,
    `<g class="events">${scene.markers.map(marker).join('')}</g>`,
    options.extra ?? '',
    '</svg>',
  ].join('');
}
