/**
 * The static map as a scene: shapes, markers and labels in pixels, in two layers. The base (land,
 * water, relief, rivers, regions, the story's lines, labels) depends on the camera, the size, the theme
 * and the language only, and is made once for them; the story layer (lit areas, routes, events) is a
 * few KB a date. It draws what the MapLibre style draws, with the same colours (theme.ts), the same
 * symbols (symbols.ts) and the same rules (the model), so one can stand for the other: the first paint,
 * the map without WebGL, print, images, the social card and video frames. Drawn as SVG (svg.ts) or on
 * a canvas (canvas.ts).
 */
import type { Anchor } from './labels.ts';
import { baseScene } from './base-scene.ts';
import { storyScene } from './story-scene.ts';
import type { SceneInput } from './scene-input.ts';

export interface Shape {
  d: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  /** Dash and gap lengths in pixels. */
  dash?: number[];
}

/** A town's dot. */
export interface Dot {
  /** The town's id in the base map. */
  town: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export interface Marker {
  id: string;
  title: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  /** Placed on a whole country: drawn as a ring. */
  national: boolean;
  /** Begins on the day: a ring around it. */
  ring?: { r: number; width: number; color: string };
  /** Chosen by the reader: a ring around it. */
  selection?: { r: number; width: number; color: string };
}

export interface Label {
  x: number;
  y: number;
  lines: string[];
  size: number;
  fill: string;
  halo: string;
  italic: boolean;
  letterSpacing: number;
  anchor: Anchor;
  /** Distance from the point for anchors other than `center`, in ems. */
  offset: number;
}

/** A lit area's look; its path is the base's (`BaseScene.areas`), so a date's layer carries none. */
export interface AreaShape extends Omit<Shape, 'd'> {
  key: string;
}

export interface BaseScene {
  width: number;
  height: number;
  background: string;
  /** Land and its outlines, under the relief. */
  land: Shape[];
  /** Land too: the countries the story lights, drawn by their paths in `areas` (each path once). */
  landAreas: AreaShape[];
  relief?: { href: string; x: number; y: number; width: number; height: number; opacity: number };
  /** Water, rivers and inner borders, over the relief. */
  water: Shape[];
  /** The paths of every area the story lights on some day, by key: the story layer refers to them. */
  areas: Record<string, string>;
  /** The story's lines (a border), always drawn, over its lit areas. */
  lines: Shape[];
  /** Placed clear of every place the story marks on any day, so they hold still while the date changes. */
  labels: Label[];
  dots: Dot[];
}

export interface StoryScene {
  /** Areas lit on the date, under the story's lines. */
  areas: AreaShape[];
  routes: Shape[];
  /** Later spans on top, as the style's layers are ordered. */
  markers: Marker[];
}

export interface Scene {
  base: BaseScene;
  story: StoryScene;
}

/** The base scene, kept for the inputs it was made for: a date's step draws only the story layer. */
const made = new WeakMap<object, WeakMap<object, Map<string, BaseScene>>>();
const KEPT = 8;

/** The base scene for the input's camera, size, theme and language, made once for them. */
export function baseSceneOf(input: SceneInput): BaseScene {
  const byBase = made.get(input.story) ?? new WeakMap<object, Map<string, BaseScene>>();
  made.set(input.story, byBase);
  const kept = byBase.get(input.base) ?? new Map<string, BaseScene>();
  byBase.set(input.base, kept);
  const { camera, size } = input;
  const key = [
    camera.lng,
    camera.lat,
    camera.zoom,
    size.width,
    size.height,
    input.theme.name,
    input.i18n.lang,
    input.reliefHref,
  ].join();
  let scene = kept.get(key);
  if (!scene) {
    scene = baseScene(input);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, scene);
  }
  return scene;
}

/** The map at `date`: a pure function of its input, so drawing any date (a video frame) moves nothing else. */
export const sceneAt = (input: SceneInput, date: string): Scene => ({
  base: baseSceneOf(input),
  story: storyScene(input, date),
});
