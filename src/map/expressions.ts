import type { ExpressionSpecification } from 'maplibre-gl';

/** A value that follows the zoom: `zoomed(3, 0.4, 8, 1)` is 0.4 at zoom 3, 1 from zoom 8, linear between. */
export const zoomed = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as unknown as ExpressionSpecification;
