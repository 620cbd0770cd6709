import type { Category } from '../story/schema.ts';

/** How each kind of event is named and coloured, on the map and in the panel alike. */
export const categoryStyles: Record<Category, { label: string; color: string }> = {
  protest: { label: 'Protest', color: '#d9730d' },
  seizure: { label: 'Seizure', color: '#b3261e' },
  security: { label: 'Security forces', color: '#375a7f' },
  csto: { label: 'CSTO', color: '#6a3d9a' },
  political: { label: 'Political', color: '#1b7f79' },
  casualties: { label: 'Casualties', color: '#222222' },
};

export const categoryColor = (c: string): string => categoryStyles[c as Category]?.color ?? '#666666';
