/** The family the static map's labels are set in: the one global the map adds to a page. */
export const STATIC_FONT_FAMILY = 'Qantar Noto Sans';
/** The static map's font stack: its own family first (registered in a page, embedded in a download). */
export const STATIC_FONT = `'${STATIC_FONT_FAMILY}', 'Noto Sans', system-ui, sans-serif`;
