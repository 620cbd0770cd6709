/** What the baseline page exposes to the bench, next to the map on its container (`qantarMap`). */
export interface BaselineHandle {
  /** The story's first and last day, as day numbers. */
  firstDay: number;
  lastDay: number;
  /** Moves the map to a day: by global state, or (the naive way) by filtering in JS and `setData`. */
  step(day: number): void;
}

declare global {
  interface Window {
    qantarBench?: BaselineHandle;
  }
}
