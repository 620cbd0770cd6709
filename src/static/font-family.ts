/**
 * The family the map's labels are set in, static and live: the one global the map adds to a page
 * (registered by src/static/fonts.ts). In a file of its own, so code that only names it carries none of
 * the font files' tables.
 */
export const LABEL_FAMILY = 'Qantar Noto Sans';
/** The static map's font stack: its own family first (registered in a page, embedded in a download). */
export const STATIC_FONT = `'${LABEL_FAMILY}', 'Noto Sans', system-ui, sans-serif`;
