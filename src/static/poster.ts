/**
 * The poster: the static map at a date, framed with the title, the date and the credits, as one SVG that
 * stands alone. It is an embed's first paint before any script, the picture-and-link snippet's image and
 * the fallback where no script runs; the app adopts its map (`[data-qantar-map]`) as the static map's base
 * and redraws only the story layer over it.
 */
import { posterAlt } from '../model/poster-alt.ts';
import { sceneAt } from './scene.ts';
import type { SceneInput } from './scene-input.ts';
import { sceneToSvg, esc } from './svg.ts';
import { frameToSvg, imageFrame } from './caption.ts';
import type { Size } from './mercator.ts';
import { themes } from '../theme/theme.ts';
import { POSTER_MAP } from '../story/poster-name.ts';

/** The poster of the input's story at `date`, its map's fonts `font`, its credits as given. */
export function posterSvg(input: SceneInput, date: string, font: string, credits: readonly string[]): string {
  const scene = sceneAt(input, date);
  const { i18n, story } = input;
  const alt = posterAlt(story, date, i18n);
  const map = sceneToSvg(scene, { font, title: i18n.t('map.label', { title: story.story.title }) });
  const frame = imageFrame({
    width: input.size.width,
    mapHeight: input.size.height,
    theme: input.theme,
    title: story.story.title,
    date: i18n.date(date),
    credits,
  });
  const { svg } = frameToSvg(frame, map.replace('<svg ', `<svg ${POSTER_MAP}="" `), font);
  // An image: one accessible name, its alt text, and nothing inside it a screen reader would read again.
  const open = svg.indexOf('>');
  return `${svg.slice(0, open)} role="img" aria-label="${esc(alt)}">${`<title>${esc(alt)}</title>`}${svg.slice(open + 1)}`;
}

/** A poster's size in pixels, its map `size` framed with these credits. */
export function posterSize(size: Size, credits: readonly string[]): { width: number; height: number } {
  const frame = imageFrame({
    width: size.width,
    mapHeight: size.height,
    theme: themes.light,
    title: '',
    date: '',
    credits,
  });
  return { width: frame.width, height: frame.height };
}
