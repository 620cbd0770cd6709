/**
 * A scene as SVG markup: the static map's drawing for the prerendered page, the map without WebGL,
 * print and the downloadable SVG. The story layer is two groups (`data-story="areas"` under the story's
 * lines, `data-story="marks"` on top) that a date's step replaces, leaving the base as it is; a lit
 * area is a `<use>` of the base's path. Every text is escaped, so nothing from a story can become
 * markup; only presentation attributes are used, so a strict style-src holds.
 */
import { HALO } from '../theme/symbols.ts';
import type { AreaShape, BaseScene, Dot, Label, Marker, Scene, Shape, StoryScene } from './scene.ts';

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

const paint = (s: Omit<Shape, 'd'>) => ({
  fill: s.fill ?? 'none',
  'fill-opacity': s.fillOpacity,
  stroke: s.stroke,
  'stroke-width': s.strokeWidth,
  'stroke-opacity': s.strokeOpacity,
  'stroke-dasharray': s.dash?.map(n).join(' '),
  'stroke-linejoin': s.stroke ? 'round' : undefined,
  'stroke-linecap': s.stroke ? 'round' : undefined,
});

const shape = (s: Shape) => `<path${attrs({ d: s.d, ...paint(s) })}/>`;

/** The id of a lit area's path in the SVG: only letters, digits, '-' and '_'. */
export const areaId = (key: string) => `qa-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
const area = (a: AreaShape) => `<use${attrs({ href: `#${areaId(a.key)}`, ...paint(a) })}/>`;

const circle = (x: number, y: number, r: number, fill: string, stroke: string, width: number) =>
  `<circle${attrs({ cx: x, cy: y, r, fill, stroke, 'stroke-width': width })}/>`;

const dot = (d: Dot) =>
  circle(d.x, d.y, d.r, d.fill, d.stroke, d.strokeWidth).replace('<circle', `<circle data-town="${esc(d.town)}"`);

/** A story marker is a button for keyboard and pointer alike. */
function marker(m: Marker): string {
  const ring = m.ring ? circle(m.x, m.y, m.ring.r, 'none', m.ring.color, m.ring.width) : '';
  const chosen = m.selection ? circle(m.x, m.y, m.selection.r, 'none', m.selection.color, m.selection.width) : '';
  const body = circle(m.x, m.y, m.r, m.fill, m.stroke, m.strokeWidth);
  return `<g${attrs({ 'data-marker-id': m.id, role: 'button', tabindex: 0, 'aria-label': m.title, opacity: m.opacity < 1 ? m.opacity : undefined })}>${ring}${chosen}${body}</g>`;
}

const ANCHOR = { center: 'middle', left: 'start', right: 'end', top: 'middle', bottom: 'middle' } as const;

/**
 * Where a label's lines stand: each line's x, its baseline's y, and how it is aligned on x. The
 * canvas renderer sets the same lines at the same places.
 */
export function labelLines(l: Label): { x: number; y: number; text: string; align: 'start' | 'middle' | 'end' }[] {
  const lineHeight = l.size * 1.2;
  const block = l.lines.length * lineHeight;
  const d = l.offset * l.size;
  // The text block's top: centred on the point, or below or above it by the offset the placement used.
  const top = l.anchor === 'top' ? l.y + d : l.anchor === 'bottom' ? l.y - d - block : l.y - block / 2;
  const x = l.anchor === 'left' ? l.x + d : l.anchor === 'right' ? l.x - d : l.x;
  return l.lines.map((text, i) => ({ x, y: top + (i + 0.8) * lineHeight, text, align: ANCHOR[l.anchor] }));
}

function label(l: Label): string {
  const lines = labelLines(l);
  const tspans = lines.map((t) => `<tspan${attrs({ x: t.x, y: t.y })}>${esc(t.text)}</tspan>`).join('');
  return `<text${attrs({
    'font-size': l.size,
    'font-style': l.italic ? 'italic' : undefined,
    'letter-spacing': l.letterSpacing ? l.letterSpacing * l.size : undefined,
    'text-anchor': lines[0]?.align,
    fill: l.fill,
    stroke: l.halo,
    'stroke-width': 2 * HALO,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  })}>${tspans}</text>`;
}

/** The story layer's two groups' contents: the areas lit under the story's lines, and the marks on top. */
export const storySvg = (story: StoryScene): { areas: string; marks: string } => ({
  areas: story.areas.map(area).join(''),
  marks: story.routes.map(shape).join('') + story.markers.map(marker).join(''),
});

export interface SvgOptions {
  /** The font family the labels are set in. */
  font: string;
  /** Accessible name; the SVG is an image of the map. */
  title: string;
  /** Extra markup inside the SVG, drawn last (a caption, the credits). */
  extra?: string;
}

function baseParts(base: BaseScene) {
  const { width, height } = base;
  const relief = base.relief
    ? `<image${attrs({ href: base.relief.href, x: base.relief.x, y: base.relief.y, width: base.relief.width, height: base.relief.height, opacity: base.relief.opacity, preserveAspectRatio: 'none' })}/>`
    : '';
  const defs = Object.entries(base.areas)
    .map(([key, d]) => `<path${attrs({ id: areaId(key), d })}/>`)
    .join('');
  return {
    under: [
      defs ? `<defs>${defs}</defs>` : '',
      `<rect${attrs({ width, height, fill: base.background })}/>`,
      `<g class="land">${base.land.map(shape).join('')}${base.landAreas.map(area).join('')}</g>`,
      relief,
      `<g class="water">${base.water.map(shape).join('')}</g>`,
    ].join(''),
    over: [
      `<g class="lines">${base.lines.map(shape).join('')}</g>`,
      `<g class="labels" aria-hidden="true">${base.labels.map(label).join('')}</g>`,
      `<g class="dots">${base.dots.map(dot).join('')}</g>`,
    ].join(''),
  };
}

export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const { width, height } = scene.base;
  const base = baseParts(scene.base);
  const story = storySvg(scene.story);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': options.title, 'font-family': options.font })}>`,
    base.under,
    `<g data-story="areas">${story.areas}</g>`,
    base.over,
    `<g class="events" data-story="marks">${story.marks}</g>`,
    options.extra ?? '',
    '</svg>',
  ].join('');
}
