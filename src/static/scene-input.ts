/**
 * What a scene is drawn from, made in one place for every picture of the map: the page's static map,
 * the prerendered pages and social cards, image downloads and video frames. Plain values only: drawing
 * a scene reads nothing of the running app and changes nothing in it.
 */
import type { StoryEventCollection } from '../story/built.ts';
import type { Theme } from '../theme/theme.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { DisplayMode } from '../model/visibility.ts';
import type { View } from '../model/url-state.ts';
import { categoryStyles } from '../model/categories.ts';
import type { BaseData } from './base-data.ts';
import { cameraFor, type Camera, type Size } from './mercator.ts';

/** What a date's story layer needs: no base map, so a page can draw it over its prerendered base. */
export interface StoryLayerInput {
  story: StoryEventCollection;
  camera: Camera;
  size: Size;
  theme: Theme;
  /** The labels' language, and the words of the story's line labels. */
  i18n: I18n;
  mode: DisplayMode;
  /** The categories not drawn (model/layers.ts): their events, routes and lit countries. */
  hidden: readonly string[];
  /** The event the reader chose: ringed. */
  selectedId: string | null;
}

export interface SceneInput extends StoryLayerInput {
  base: BaseData;
  /** Where the relief image is, as the picture refers to it; none draws no relief. */
  reliefHref?: string;
}

export interface SceneOptions {
  story: StoryEventCollection;
  base: BaseData;
  size: Size;
  theme: Theme;
  i18n: I18n;
  /** Where the map looks: a camera as it is (the live map's), or a view asked for; else the story's extent. */
  camera?: Camera;
  view?: View;
  mode?: DisplayMode;
  hidden?: readonly string[];
  selectedId?: string | null;
  reliefHref?: string;
}

/** The scene input for a moment of a story: the camera kept inside the story's bounds, as the live map keeps it. */
export function sceneInput(o: SceneOptions): SceneInput {
  const { bounds, maxBounds } = o.story.story;
  return {
    story: o.story,
    base: o.base,
    size: o.size,
    theme: o.theme,
    i18n: o.i18n,
    camera: o.camera ?? cameraFor(o.view, bounds, maxBounds, o.size),
    mode: o.mode ?? 'cumulative',
    hidden: o.hidden ?? [],
    selectedId: o.selectedId ?? null,
    reliefHref: o.reliefHref,
  };
}

/** Each of the story's categories' colour in the theme, by id. */
export const categoryColors = (story: StoryEventCollection, theme: Theme): Record<string, string> =>
  Object.fromEntries(categoryStyles(story.story.categories, theme).map((c) => [c.id, c.color]));
