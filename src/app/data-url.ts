/** A data file built into public/data, resolved against the page. */
export const dataUrl = (name: string, base: string = document.baseURI): string => new URL(`data/${name}`, base).href;
