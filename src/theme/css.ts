import { themes, type Theme } from './theme.ts';

/** The page's colours as custom properties, one rule per theme; the app's root carries the class. */
const rule = (selector: string, t: Theme): string =>
  `${selector} {\n${Object.entries({
    paper: t.paper,
    ink: t.ink,
    muted: t.muted,
    // A host page may give its own accent (links, the selected event's title) with --qantar-accent.
    link: `var(--qantar-accent, ${t.link})`,
    rule: t.rule,
    claim: t.claim,
    selected: t.selected,
    error: t.error,
    'error-paper': t.errorPaper,
    water: t.water,
    land: t.land,
    // The inset's city map and the legend's marks, in the map's own colours.
    river: t.river,
    border: t.border,
    'focus-outline': t.focusOutline,
    'dot-stroke': t.dotStroke,
    'built-up': t.city.builtUp,
    road: t.city.insetRoad,
    airport: t.city.airport,
    runway: t.city.runway,
  })
    .map(([k, v]) => `  --q-${k}: ${v};`)
    .join('\n')}\n  color-scheme: ${t.name};\n}\n`;

/** The stylesheet the app imports as `virtual:qantar-theme.css`, written from theme.ts by the build. */
export const themeCss = (): string => rule('.qantar-light', themes.light) + rule('.qantar-dark', themes.dark);
