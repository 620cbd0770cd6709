import type { ExpressionSpecification } from 'maplibre-gl';
import type { Zoomed } from '../theme/symbols.ts';

/** A value that follows the zoom: `zoomed(3, 0.4, 8, 1)` is 0.4 at zoom 3, 1 from zoom 8, linear between. */
export const zoomed = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as unknown as ExpressionSpecification;

/** A symbol's value (theme/symbols.ts) as a style value: a number, or its stops interpolated by zoom. */
export const styleValue = (value: Zoomed): number | ExpressionSpecification =>
  typeof value === 'number' ? value : zoomed(...value);
