/**
 * When an embed starts its interactive map (the `loading` option of the iframe, the attribute of the
 * element): `interaction` when the reader reaches for it (the default in an article: the static map
 * follows the slider, play and the steps until then), `visible` when it comes within a screen of being
 * seen, `eager` at once. `lazy`, this option's old name for `visible`, still reads as that.
 */
export const loadings = ['interaction', 'visible', 'eager'] as const;
export type Loading = (typeof loadings)[number];

/** The option's value, or the default with a warning naming what was given. */
export function readLoading(raw: string | null, warn: (message: string) => void): Loading {
  if (raw === null) return 'interaction';
  if (raw === 'lazy') return 'visible';
  if ((loadings as readonly string[]).includes(raw)) return raw as Loading;
  warn(`loading "${raw}" is not one of ${loadings.join(', ')}: using interaction`);
  return 'interaction';
}

/** When the app starts its interactive map for each `loading` (src/app/map-loader.ts). */
export const liveWhen = { interaction: 'interaction', visible: 'visible', eager: 'now' } as const satisfies Record<
  Loading,
  string
>;
