/**
 * The one source of colours and type: the page's CSS (as custom properties, see css.ts), the
 * MapLibre style, the static SVG map, the legend and the categories' palette all read it. Light and
 * dark are each designed, not inverted.
 */
export const themeNames = ['light', 'dark'] as const;
export type ThemeName = (typeof themeNames)[number];

export interface Theme {
  name: ThemeName;
  /** The page and its text. */
  paper: string;
  ink: string;
  muted: string;
  link: string;
  rule: string;
  claim: string;
  selected: string;
  error: string;
  errorPaper: string;
  /** The map. */
  water: string;
  waterText: string;
  land: string;
  focus: string;
  outline: string;
  focusOutline: string;
  border: string;
  text: string;
  countryText: string;
  halo: string;
  dotStroke: string;
  river: string;
  regionLine: string;
  regionText: string;
  physicalText: string;
  urban: string;
  /** How strongly the shaded relief shows: soft enough that the story stays the loudest thing. */
  reliefOpacity: number;
  /** The city map (Almaty) from zoom 9. */
  city: {
    builtUp: string;
    park: string;
    industrial: string;
    road: string;
    roadCasing: string;
    minorRoad: string;
    rail: string;
    airport: string;
    runway: string;
    /** The main roads of the inset's small city map, drawn as single lines. */
    insetRoad: string;
  };
  /**
   * Categories in the order a story lists them: colour-blind safe (after Okabe and Ito), told
   * apart by lightness as well as hue. A story with more than eight shares the last, grey.
   */
  categories: string[];
}

export const themes: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    paper: '#ffffff',
    ink: '#1f1e1b',
    muted: '#555555',
    link: '#1a3e6e',
    rule: '#dddddd',
    claim: '#7a4a00',
    selected: '#fff6e0',
    error: '#8b1a1a',
    errorPaper: '#fff4f2',
    water: '#c9dde8',
    waterText: '#2f6585',
    land: '#f3f0e8',
    focus: '#fbe3b4',
    outline: '#a7a39a',
    focusOutline: '#8a5a12',
    border: '#b3261e',
    text: '#3b3a36',
    countryText: '#6f6b62',
    halo: 'rgba(255,255,255,0.9)',
    dotStroke: '#ffffff',
    river: '#8fb6cc',
    regionLine: '#b9a98c',
    regionText: '#8d7f68',
    physicalText: '#8a7a5c',
    urban: '#e6dfd0',
    reliefOpacity: 0.4,
    city: {
      builtUp: '#ebe5d8',
      park: '#dbe6cc',
      industrial: '#e4dfe0',
      road: '#ffffff',
      roadCasing: '#cfc6b4',
      minorRoad: '#fbf9f4',
      rail: '#a09a90',
      airport: '#e3e0ea',
      runway: '#c9c4d3',
      insetRoad: '#cfc6b4',
    },
    categories: ['#e69f00', '#d55e00', '#0072b2', '#cc79a7', '#009e73', '#222222', '#56b4e9', '#8c8c8c'],
  },
  dark: {
    name: 'dark',
    paper: '#1b1b19',
    ink: '#ecebe6',
    muted: '#b4b1a7',
    link: '#9cc3ff',
    rule: '#444444',
    claim: '#f0b45a',
    selected: '#3a3222',
    error: '#ffb4a8',
    errorPaper: '#3a1d1a',
    water: '#1d2a33',
    waterText: '#8fb8d3',
    land: '#2e2f2c',
    focus: '#4a3d22',
    outline: '#5d5c57',
    focusOutline: '#d9a441',
    border: '#f0645a',
    text: '#ecebe6',
    countryText: '#b4b1a7',
    halo: 'rgba(20,20,20,0.85)',
    dotStroke: '#1d1d1b',
    river: '#3b5a6d',
    regionLine: '#6b614f',
    regionText: '#a89c86',
    physicalText: '#a3957a',
    urban: '#3a3a36',
    reliefOpacity: 0.45,
    city: {
      builtUp: '#363632',
      park: '#2f3a2b',
      industrial: '#3a3738',
      road: '#55544f',
      roadCasing: '#2a2a27',
      minorRoad: '#474641',
      rail: '#77726a',
      airport: '#3a3844',
      runway: '#545066',
      insetRoad: '#65635c',
    },
    categories: ['#f0b030', '#f07a45', '#5aaae8', '#e095c0', '#2fc196', '#ededed', '#9ed8f5', '#9a9a9a'],
  },
};

/** A category's colour: its own when the story gives one, else the theme's by its place in the list. */
export function categoryColor(theme: Theme, categories: readonly { id: string; color?: string }[], id: string): string {
  const i = categories.findIndex((c) => c.id === id);
  if (i < 0) return theme.categories[theme.categories.length - 1];
  return categories[i].color ?? theme.categories[Math.min(i, theme.categories.length - 1)];
}
