/**
 * The map's layers, as a host names them: the story's event categories (`protest,csto`). The page's
 * `layers` option picks some for the whole map; a scroll step's `data-layers` switches among them
 * while the reader scrolls. What is drawn of a category is everything in its colour: its events, its
 * routes and its lit countries. What has no category (the lit regions, a border) is always drawn.
 */

/** A comma list of layers, split into the story's categories and the names it does not have. */
export function readLayers(raw: string, categories: readonly string[]): { layers: string[]; unknown: string[] } {
  const asked = raw
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  return { layers: asked.filter((l) => categories.includes(l)), unknown: asked.filter((l) => !categories.includes(l)) };
}

/**
 * The categories not drawn: outside the step's layers, when a step names some, and always outside
 * the page's (a step shows its layers among the page's, whose other events are not loaded at all).
 * None when neither names any.
 */
export function hiddenLayers(
  categories: readonly string[],
  page?: readonly string[] | null,
  step?: readonly string[] | null,
): string[] {
  return categories.filter((c) => (page != null && !page.includes(c)) || (step != null && !step.includes(c)));
}

/** Whether a thing of this category is drawn; a thing with none always is. */
export const layerShown = (category: string | undefined, hidden: readonly string[]): boolean =>
  category === undefined || !hidden.includes(category);
