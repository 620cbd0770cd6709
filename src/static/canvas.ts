/**
 * A scene drawn with Canvas 2D (`Path2D` reads the same path data as the SVG), beside the SVG renderer:
 * browsers cannot rasterise an SVG in a worker, so large pictures and video frames are drawn straight
 * onto a canvas, an `OffscreenCanvas` in a worker included. The order and the look are svg.ts's.
 */
import { HALO } from '../theme/symbols.ts';
import type { AreaShape, BaseScene, Dot, Label, Marker, Scene, Shape, StoryScene } from './scene.ts';
import { labelLines } from './svg.ts';
import type { FrameText, ImageFrame } from './caption.ts';

export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface CanvasOptions {
  /** The font family the labels are set in (its faces loaded for the labels' letters: see fonts.ts). */
  font: string;
  /** Images the scene refers to (the relief), decoded, by their href. */
  images?: Record<string, CanvasImageSource>;
}

/** Each base's paths, parsed once: a video draws the same base for every frame. */
const parsed = new WeakMap<BaseScene, Map<string, Path2D>>();
function pathFor(base: BaseScene, d: string): Path2D {
  const cache = parsed.get(base) ?? new Map<string, Path2D>();
  parsed.set(base, cache);
  let path = cache.get(d);
  if (!path) cache.set(d, (path = new Path2D(d)));
  return path;
}

function drawShape(ctx: Canvas2D, path: Path2D, s: Omit<Shape, 'd'>): void {
  if (s.fill) {
    ctx.globalAlpha = s.fillOpacity ?? 1;
    ctx.fillStyle = s.fill;
    ctx.fill(path);
  }
  if (s.stroke && (s.strokeWidth ?? 1) > 0) {
    ctx.globalAlpha = s.strokeOpacity ?? 1;
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth ?? 1;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.setLineDash(s.dash ?? []);
    ctx.stroke(path);
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
}

function circle(ctx: Canvas2D, x: number, y: number, r: number, fill: string | null, stroke: string, width: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (width > 0) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    ctx.stroke();
  }
}

const drawDot = (ctx: Canvas2D, d: Dot) => circle(ctx, d.x, d.y, d.r, d.fill, d.stroke, d.strokeWidth);

function drawMarker(ctx: Canvas2D, m: Marker): void {
  ctx.globalAlpha = m.opacity;
  if (m.ring) circle(ctx, m.x, m.y, m.ring.r, null, m.ring.color, m.ring.width);
  if (m.selection) circle(ctx, m.x, m.y, m.selection.r, null, m.selection.color, m.selection.width);
  circle(ctx, m.x, m.y, m.r, m.fill, m.stroke, m.strokeWidth);
  ctx.globalAlpha = 1;
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

/** The CSS font of a label, for `ctx.font` and for loading its faces first. */
export const labelFont = (l: Pick<Label, 'italic' | 'size'>, family: string): string =>
  `${l.italic ? 'italic ' : ''}${l.size}px ${family}`;

function drawLabel(ctx: Canvas2D, l: Label, family: string): void {
  ctx.font = labelFont(l, family);
  ctx.letterSpacing = `${l.letterSpacing * l.size}px`;
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2 * HALO;
  ctx.strokeStyle = l.halo;
  ctx.fillStyle = l.fill;
  for (const line of labelLines(l)) {
    ctx.textAlign = ALIGN[line.align];
    ctx.strokeText(line.text, line.x, line.y);
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.letterSpacing = '0px';
}

/** The base under the story's areas: the ground, the relief and the water. */
export function drawUnder(ctx: Canvas2D, base: BaseScene, options: CanvasOptions): void {
  ctx.fillStyle = base.background;
  ctx.fillRect(0, 0, base.width, base.height);
  for (const s of base.land) drawShape(ctx, pathFor(base, s.d), s);
  drawAreas(ctx, base, base.landAreas);
  const relief = base.relief && options.images?.[base.relief.href];
  if (base.relief && relief) {
    ctx.globalAlpha = base.relief.opacity;
    ctx.drawImage(relief, base.relief.x, base.relief.y, base.relief.width, base.relief.height);
    ctx.globalAlpha = 1;
  }
  for (const s of base.water) drawShape(ctx, pathFor(base, s.d), s);
}

/** Areas drawn by the base's paths, each in its own look (the story layer's lit areas, say). */
export function drawAreas(ctx: Canvas2D, base: BaseScene, areas: readonly AreaShape[]): void {
  for (const a of areas) {
    const d = base.areas[a.key];
    if (d) drawShape(ctx, pathFor(base, d), a);
  }
}

/** The base over the story's areas: its lines, labels and town dots. */
export function drawOver(ctx: Canvas2D, base: BaseScene, options: CanvasOptions): void {
  for (const s of base.lines) drawShape(ctx, pathFor(base, s.d), s);
  for (const l of base.labels) drawLabel(ctx, l, options.font);
  for (const d of base.dots) drawDot(ctx, d);
}

/** The story layer's routes and events, over the base. */
export function drawStoryMarks(ctx: Canvas2D, story: StoryScene): void {
  for (const s of story.routes) drawShape(ctx, new Path2D(s.d), s);
  for (const m of story.markers) drawMarker(ctx, m);
}

/** Draws the scene at the context's current transform (scale it first for more pixels). */
export function drawScene(ctx: Canvas2D, scene: Scene, options: CanvasOptions): void {
  ctx.save();
  drawUnder(ctx, scene.base, options);
  drawAreas(ctx, scene.base, scene.story.areas);
  drawOver(ctx, scene.base, options);
  drawStoryMarks(ctx, scene.story);
  ctx.restore();
}

/** The CSS font of a frame's text. */
export const frameFont = (t: FrameText, family: string): string => `${t.weight ?? 400} ${t.size}px ${family}`;

/** A picture's frame (caption.ts) with the map drawn in it, at the context's current transform. */
export function drawFramed(ctx: Canvas2D, frame: ImageFrame, scene: Scene, options: CanvasOptions): void {
  ctx.save();
  ctx.fillStyle = frame.paper;
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.save();
  ctx.translate(0, frame.mapTop);
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.mapHeight);
  ctx.clip();
  drawScene(ctx, scene, options);
  ctx.restore();
  ctx.globalAlpha = frame.band.opacity;
  ctx.fillStyle = frame.band.fill;
  ctx.fillRect(0, 0, frame.width, frame.band.height);
  ctx.globalAlpha = 1;
  drawTexts(ctx, [...frame.title, ...frame.credits], options.font);
  ctx.restore();
}

/** Lines of a frame's text, each at its baseline's start. */
export function drawTexts(ctx: Canvas2D, texts: readonly FrameText[], family: string): void {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const t of texts) {
    ctx.font = frameFont(t, family);
    ctx.fillStyle = t.fill;
    ctx.fillText(t.text, t.x, t.y);
  }
}

/** Every text a picture sets, by the CSS font it is set in: what must be loaded before it is drawn. */
export function pictureTexts(frame: ImageFrame | null, scene: Scene, family: string): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (font: string, text: string) => texts.set(font, (texts.get(font) ?? '') + text);
  for (const l of scene.base.labels) add(labelFont(l, family), l.lines.join(''));
  for (const t of frame ? [...frame.title, ...frame.credits] : []) add(frameFont(t, family), t.text);
  return texts;
}
