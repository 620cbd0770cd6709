/**
 * The story animated as a video: each frame the static renderer's scene of its day, drawn with Canvas 2D
 * on an OffscreenCanvas (in a worker, video-worker.ts, or the page where there is none), framed with the
 * title, the running date, the day's headline and the credits, and encoded by the browser: MP4 (H.264)
 * or WebM (VP9) through WebCodecs and mediabunny, or a GIF through gifenc. Nothing here reads the
 * running app: the job carries the reader's moment as plain values.
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  canEncodeVideo,
} from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import type { StoryEventCollection } from '../story/built.ts';
import type { BaseData } from '../static/base-data.ts';
import type { Camera, Size } from '../static/mercator.ts';
import type { DisplayMode } from '../model/visibility.ts';
import { themes, type ThemeName } from '../theme/theme.ts';
import { i18nFor } from '../i18n/catalogues.ts';
import type { Lang } from '../i18n/i18n.ts';
import { sceneInput } from '../static/scene-input.ts';
import { sceneAt, type Scene, type StoryScene } from '../static/scene.ts';
import { drawAreas, drawOver, drawStoryMarks, drawTexts, drawUnder, frameFont, labelFont } from '../static/canvas.ts';
import { STATIC_FONT } from '../static/font-family.ts';
import { fontsFor, registerStaticFonts } from '../static/fonts.ts';
import { storyCredits } from '../map/credits.ts';
import { SYMBOLS } from '../theme/symbols.ts';
import { videoCamera, videoFrameLayout, wrapText, type VideoFrameLayout } from './video-frame.ts';
import { STILL_SECONDS, videoDays, videoLength, type VideoOptions } from './video-options.ts';

/** Everything a video is made from, as plain values: it can be posted to a worker. */
export interface VideoJob {
  story: StoryEventCollection;
  base: BaseData;
  lang: Lang;
  theme: ThemeName;
  mode: DisplayMode;
  hidden: string[];
  selectedId: string | null;
  /** Where the reader's map looks, and its size: the video shows that view whole. */
  camera: Camera;
  readerSize: Size;
  options: VideoOptions;
  /** The build's root, ending in '/': the fonts and the relief are fetched from it. */
  siteBase: string;
}

export interface VideoFile {
  bytes: ArrayBuffer;
  mime: string;
  extension: 'mp4' | 'webm' | 'gif';
  /** Why the format differs from the one asked (this browser cannot encode H.264, say), if it does. */
  note?: string;
}

export class VideoCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The day's headline: the first event that begins that day, in the story's order; none when none begins. */
function headlineOf(story: StoryEventCollection, date: string): string {
  return story.features.find((f) => f.properties.date === date && !f.properties.context)?.properties.title ?? '';
}

/** The day's new events' rings, pushed out by `pulse` (1 as the day begins, easing to 0), as the live map's. */
const pulsed = (story: StoryScene, pulse: number): StoryScene => ({
  ...story,
  markers: story.markers.map((m) =>
    m.ring ? { ...m, ring: { ...m.ring, r: m.ring.r + SYMBOLS.newRing.pulse * pulse } } : m,
  ),
});

/** The base's two layers (under and over the story's areas), drawn once for the whole video. */
function baseLayers(scene: Scene, images: Record<string, CanvasImageSource>) {
  const { width, height } = scene.base;
  const under = new OffscreenCanvas(width, height);
  drawUnder(under.getContext('2d')!, scene.base, { font: STATIC_FONT, images });
  const over = new OffscreenCanvas(width, height);
  drawOver(over.getContext('2d')!, scene.base, { font: STATIC_FONT, images });
  return { under, over };
}

export async function makeVideo(
  job: VideoJob,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  fonts: FontFaceSet,
): Promise<VideoFile> {
  const { options, story } = job;
  const theme = themes[job.theme];
  const i18n = await i18nFor(job.lang);
  const layout = videoFrameLayout(options.size, theme, story.story.title, storyCredits(story.story));
  const mapSize = { width: layout.map.width, height: layout.map.height };
  const input = sceneInput({
    story,
    base: job.base,
    size: mapSize,
    theme,
    i18n,
    camera: videoCamera(job.camera, job.readerSize, mapSize),
    mode: job.mode,
    hidden: job.hidden,
    selectedId: job.selectedId,
    reliefHref: new URL('data/relief/region.png', job.siteBase).href,
  });
  const days = videoDays(options);
  const texts = frameTexts(
    layout,
    days.map((d) => [i18n.date(d.date), headlineOf(story, d.date)]),
  );
  const first = sceneAt(input, days[0].date);
  registerStaticFonts(job.siteBase, fonts);
  for (const l of first.base.labels)
    texts.set(labelFont(l, STATIC_FONT), (texts.get(labelFont(l, STATIC_FONT)) ?? '') + l.lines.join(''));
  const relief = first.base.relief;
  const [image] = await Promise.all([
    relief ? fetch(relief.href).then(async (r) => (r.ok ? createImageBitmap(await r.blob()) : null)) : null,
    fontsFor(texts, fonts),
  ]);
  const images: Record<string, CanvasImageSource> = relief && image ? { [relief.href]: image } : {};
  const layers = baseLayers(first, images);
  const canvas = new OffscreenCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d')!;
  // A day's scene is worked out once, for all its frames.
  const scenes = new Map<string, Scene>();
  const sceneOf = (date: string) => scenes.get(date) ?? scenes.set(date, sceneAt(input, date)).get(date)!;
  const draw = (date: string, pulse: number) =>
    drawFrame(ctx, layout, sceneOf(date), layers, pulse, i18n.date(date), headlineOf(story, date));

  try {
    const frames: Frames = { canvas, ctx, days, draw, onProgress, signal };
    if (options.format === 'gif') return await gif(frames, options.pace);
    return await encoded(frames, options);
  } finally {
    image?.close();
  }
}

/** Every text of the frames, by the CSS font it is set in, for the fonts to load first. */
function frameTexts(layout: VideoFrameLayout, days: [date: string, headline: string][]): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (font: string, text: string) => texts.set(font, (texts.get(font) ?? '') + text);
  add(frameFont(layout.title, STATIC_FONT), layout.title.text);
  for (const c of layout.credits) add(frameFont(c, STATIC_FONT), c.text);
  const h = layout.headline;
  for (const [date, headline] of days) {
    add(frameFont(layout.date, STATIC_FONT), date);
    add(`600 ${h.size}px ${STATIC_FONT}`, headline);
  }
  return texts;
}

type Layers = ReturnType<typeof baseLayers>;

/** One frame: the paper, the map (its base's two layers, the day's story layer), the bands' words. */
function drawFrame(
  ctx: OffscreenCanvasRenderingContext2D,
  layout: VideoFrameLayout,
  scene: Scene,
  layers: Layers,
  pulse: number,
  date: string,
  headline: string,
): void {
  const { map } = layout;
  ctx.save();
  ctx.fillStyle = layout.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.save();
  ctx.translate(map.x, map.y);
  ctx.beginPath();
  ctx.rect(0, 0, map.width, map.height);
  ctx.clip();
  ctx.drawImage(layers.under, 0, 0);
  drawAreas(ctx, scene.base, scene.story.areas);
  ctx.drawImage(layers.over, 0, 0);
  drawStoryMarks(ctx, pulsed(scene.story, pulse));
  ctx.restore();
  const h = layout.headline;
  const lines = wrapText(headline, h.size, h.maxWidth, h.maxLines).map((text, i) => ({
    x: h.x,
    y: h.y + i * h.lineHeight,
    text,
    size: h.size,
    weight: 600,
    fill: h.fill,
  }));
  drawTexts(ctx, [layout.title, { ...layout.date, text: date }, ...lines, ...layout.credits], STATIC_FONT);
  ctx.restore();
}

/** What either encoder works from: the canvas, the days and how a frame is drawn; whom it tells, and what stops it. */
interface Frames {
  canvas: OffscreenCanvas;
  ctx: OffscreenCanvasRenderingContext2D;
  days: ReturnType<typeof videoDays>;
  draw: (date: string, pulse: number) => void;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** MP4 (H.264) where this browser encodes it, else WebM (VP9), through WebCodecs. */
async function encoded({ canvas, days, draw, onProgress, signal }: Frames, options: VideoOptions): Promise<VideoFile> {
  const size = { width: canvas.width, height: canvas.height, frameRate: options.fps };
  const mp4 = options.format === 'mp4' && (await canEncodeVideo('avc', size));
  if (!mp4 && !(await canEncodeVideo('vp9', size)))
    throw new Error('this browser cannot encode video (no H.264, no VP9)');
  const target = new BufferTarget();
  const output = new Output({ format: mp4 ? new Mp4OutputFormat() : new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, { codec: mp4 ? 'avc' : 'vp9', quality: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: options.fps });
  await output.start();
  const { frames: total } = videoLength(options);
  for (const day of days)
    for (let f = 0; f < day.frames; f++) {
      if (signal.aborted) {
        await output.cancel();
        throw new VideoCancelled();
      }
      const frame = day.firstFrame + f;
      // The new events' rings pulse over the day's first second.
      draw(day.date, Math.max(0, 1 - f / options.fps));
      await source.add(frame / options.fps, 1 / options.fps);
      onProgress(frame + 1, total);
    }
  await output.finalize();
  return {
    bytes: target.buffer!,
    mime: mp4 ? 'video/mp4' : 'video/webm',
    extension: mp4 ? 'mp4' : 'webm',
    ...(options.format === 'mp4' && !mp4 ? { note: 'webm' } : {}),
  };
}

/** An animated GIF: a frame a day, shown for its share of a second, in one palette made from the last day. */
async function gif({ canvas, ctx, days, draw, onProgress, signal }: Frames, pace: number): Promise<VideoFile> {
  const pixels = () => ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  // The last day shows the most: its colours make the palette.
  draw(days[days.length - 1].date, 0);
  const palette = quantize(pixels(), 256);
  const encoder = GIFEncoder();
  const delay = days.length === 1 ? STILL_SECONDS * 1000 : 1000 / pace;
  for (const [i, day] of days.entries()) {
    if (signal.aborted) throw new VideoCancelled();
    draw(day.date, 0);
    encoder.writeFrame(applyPalette(pixels(), palette), canvas.width, canvas.height, {
      palette,
      delay: Math.round(delay),
    });
    onProgress(i + 1, days.length);
    // Let the cancel message in.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  encoder.finish();
  const bytes = encoder.bytes();
  return {
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    mime: 'image/gif',
    extension: 'gif',
  };
}
