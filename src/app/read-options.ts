import { parseEmbedOptions, type EmbedOptions } from '../embed/options.ts';
import type { StoryRange } from '../model/url-state.ts';

/** Reads options from a query string, warning once for each thing ignored or clamped. */
export function readOptions(
  query: string,
  story: StoryRange & { categories: readonly { id: string }[] },
): EmbedOptions {
  const { value, warnings } = parseEmbedOptions(
    query,
    story,
    story.categories.map((c) => c.id),
  );
  for (const w of warnings) console.warn(`Qantar: ${w}`);
  return value;
}
