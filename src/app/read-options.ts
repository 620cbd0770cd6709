import { parseEmbedOptions, type EmbedOptions } from '../embed/options.ts';

/** Reads options from a query string, warning once for each thing ignored or clamped. */
export function readOptions(query: string, range: { start: string; end: string }): EmbedOptions {
  const { value, warnings } = parseEmbedOptions(query, range);
  for (const w of warnings) console.warn(`Qantar: ${w}`);
  return value;
}
