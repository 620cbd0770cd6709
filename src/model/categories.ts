import type { BuiltCategory } from '../story/built.ts';
import { categoryColor, type Theme } from '../theme/theme.ts';

/** How a kind of event is named and coloured, on the map, in the legend and in the panel alike. */
export interface CategoryStyle {
  id: string;
  label: string;
  color: string;
}

/** The story's categories in its order, each with its colour in the theme. */
export const categoryStyles = (categories: readonly BuiltCategory[], theme: Theme): CategoryStyle[] =>
  categories.map((c) => ({ id: c.id, label: c.label, color: categoryColor(theme, categories, c.id) }));
