/**
 * "Download image": the static map of the reader's moment (date, mode, view, theme, selection) as an
 * SVG or a PNG, with the story's title and date along the top and the data's credits along the bottom,
 * drawn by the same renderer as the prerendered map: the SVG by svg.ts, the PNG by canvas.ts once the
 * fonts its words need are loaded. Loaded when a reader asks, never before.
 */
import { sceneToSvg } from '../static/svg.ts';
import { sceneAt, type Scene } from '../static/scene.ts';
import { frameToSvg, imageFrame, type FramedImage, type ImageFrame } from '../static/caption.ts';
import { drawFramed, pictureTexts } from '../static/canvas.ts';
import { standaloneSvg, type EmbeddedFont } from '../static/standalone.ts';
import { fontsFor, registerStaticFonts } from '../static/fonts.ts';
import { STATIC_FONT, LABEL_FAMILY } from '../static/font-family.ts';
import { fontFile, fontSubsets, subsetRanges } from '../map/fonts.ts';
import { storyCredits } from '../map/credits.ts';
import type { StaticRenderer } from './static-renderer.svelte.ts';
import type { AppState } from './app-state.svelte.ts';

export type ImageFormat = 'png' | 'svg';

/** A PNG has twice the map's pixels: sharp on a double-density screen and in print. */
const PNG_SCALE = 2;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

async function asDataUrl(url: string): Promise<string> {
  const blob = await (await fetchOk(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url} could not be read`));
    reader.readAsDataURL(blob);
  });
}

/** The reader's moment where the map looks now, in its frame: what both formats draw. */
async function picture(app: AppState, renderer: StaticRenderer): Promise<{ scene: Scene; frame: ImageFrame }> {
  await renderer.load();
  const story = app.collection?.story;
  const playback = app.playback;
  if (!story || !playback) throw new Error('the story has not loaded');
  const camera = app.currentCamera();
  const input = camera && renderer.pictureInput(camera, app.size);
  if (!input) throw new Error('the base map has not loaded');
  const scene = sceneAt(input, playback.date);
  const frame = imageFrame({
    width: input.size.width,
    mapHeight: input.size.height,
    theme: app.theme,
    title: story.title,
    date: app.i18n.date(playback.date),
    credits: storyCredits(story),
  });
  return { scene, frame };
}

/** The map of the reader's moment as a standalone SVG: fonts and relief inside it. */
export async function imageSvg(app: AppState, renderer: StaticRenderer): Promise<FramedImage> {
  const { scene, frame } = await picture(app, renderer);
  const framed = frameToSvg(frame, sceneToSvg(scene, { font: STATIC_FONT, title: renderer.title() }), STATIC_FONT);
  const fonts: EmbeddedFont[] = await Promise.all(
    fontSubsets.flatMap((subset) =>
      [false, true].map(async (italic) => ({
        family: LABEL_FAMILY,
        italic,
        range: subsetRanges[subset].join(','),
        dataUrl: await asDataUrl(new URL(fontFile(subset, italic), app.config.base).href),
      })),
    ),
  );
  const relief = scene.base.relief;
  const images = relief ? { [relief.href]: await asDataUrl(relief.href) } : {};
  return { ...framed, svg: standaloneSvg(framed.svg, fonts, images) };
}

/** The map of the reader's moment drawn on a canvas at `PNG_SCALE`, once its fonts are in, as a PNG. */
export async function imagePng(app: AppState, renderer: StaticRenderer): Promise<Blob> {
  const { scene, frame } = await picture(app, renderer);
  const relief = scene.base.relief;
  const [image] = await Promise.all([
    relief ? fetchOk(relief.href).then(async (r) => createImageBitmap(await r.blob())) : null,
    (registerStaticFonts(app.config.base), fontsFor(pictureTexts(frame, scene, STATIC_FONT))),
  ]);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * PNG_SCALE;
  canvas.height = frame.height * PNG_SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  drawFramed(ctx, frame, scene, { font: STATIC_FONT, images: relief && image ? { [relief.href]: image } : {} });
  image?.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

/** Makes the image and hands it to the browser as a download named for the story and the date. */
export async function downloadImage(app: AppState, renderer: StaticRenderer, format: ImageFormat): Promise<void> {
  const blob =
    format === 'svg'
      ? new Blob([(await imageSvg(app, renderer)).svg], { type: 'image/svg+xml' })
      : await imagePng(app, renderer);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${app.collection?.story.id ?? 'qantar'}-${app.playback?.date ?? ''}.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
