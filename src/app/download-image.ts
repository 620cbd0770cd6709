/**
 * "Download image": the static map of the reader's moment (date, mode, view, theme, selection) as an
 * SVG or a PNG, with the story's title and date along the top and the data's credits along the bottom,
 * drawn by the same renderer as the prerendered map. Loaded when a reader asks, never before.
 */
import { sceneToSvg } from '../static/svg.ts';
import { framedImage, type FramedImage } from '../static/caption.ts';
import { standaloneSvg, type EmbeddedFont } from '../static/standalone.ts';
import { STATIC_FONT, STATIC_FONT_FAMILY } from '../static/fonts.ts';
import { fontFile, fontSubsets, subsetRanges } from '../map/fonts.ts';
import { imageCredits } from '../map/credits.ts';
import type { StaticRenderer } from './static-renderer.svelte.ts';
import type { AppState } from './app-state.svelte.ts';

export type ImageFormat = 'png' | 'svg';

/** A PNG has twice the map's pixels: sharp on a double-density screen and in print. */
const PNG_SCALE = 2;

async function asDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url} could not be read`));
    reader.readAsDataURL(blob);
  });
}

/** The map of the reader's moment as a standalone SVG: fonts and relief inside it. */
export async function imageSvg(app: AppState, renderer: StaticRenderer): Promise<FramedImage> {
  await renderer.load();
  const story = app.collection?.story;
  if (!story || !app.playback) throw new Error('the story has not loaded');
  const size = app.size;
  const camera = app.currentCamera();
  const scene = camera && renderer.sceneAt(camera, size);
  if (!scene) throw new Error('the base map has not loaded');
  const framed = framedImage(sceneToSvg(scene, { font: STATIC_FONT, title: renderer.title() }), {
    width: size.width,
    mapHeight: size.height,
    theme: app.theme,
    font: STATIC_FONT,
    title: story.title,
    date: app.i18n.date(app.playback.date),
    credits: imageCredits(!!scene.relief),
  });
  const fonts: EmbeddedFont[] = await Promise.all(
    fontSubsets.flatMap((subset) =>
      [false, true].map(async (italic) => ({
        family: STATIC_FONT_FAMILY,
        italic,
        range: subsetRanges[subset].join(','),
        dataUrl: await asDataUrl(new URL(fontFile(subset, italic), app.config.base).href),
      })),
    ),
  );
  const images = scene.relief ? { [scene.relief.href]: await asDataUrl(scene.relief.href) } : {};
  return { ...framed, svg: standaloneSvg(framed.svg, fonts, images) };
}

/** The SVG drawn into a canvas at `PNG_SCALE`, as a PNG. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Makes the image and hands it to the browser as a download named for the story and the date. */
export async function downloadImage(app: AppState, renderer: StaticRenderer, format: ImageFormat): Promise<void> {
  const { svg, width, height } = await imageSvg(app, renderer);
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg, width, height);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${app.collection?.story.id ?? 'qantar'}-${app.playback?.date ?? ''}.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
