/** A file of the built site, resolved against the page (or the element's script). */
export const siteUrl = (path: string, base: string = document.baseURI): string => new URL(path, base).href;

/** A data file built into public/data, resolved against the page. */
export const dataUrl = (name: string, base: string = document.baseURI): string => siteUrl(`data/${name}`, base);
