import type { LngLatBoundsLike } from 'maplibre-gl';
import { region } from '../../geo/region.ts';

/** The story's opening view: the Caspian to Moscow and Minsk, and east to Kazakhstan's far border. */
export const initialBounds: LngLatBoundsLike = [
  [26, 37],
  [88, 57],
];

/** The reader can pan around, but not past the box the build clipped the countries to. */
const [w, s, e, n] = region.clip;
export const maxBounds: LngLatBoundsLike = [
  [w, s],
  [e, n],
];
