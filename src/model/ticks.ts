/**
 * Every how many days a tick gets a label, so labels never crowd: the smallest of 1, 2, 3, 7 … days
 * that leaves each label `minLabelPx` of track.
 */
export function labelEvery(trackPx: number, days: number, minLabelPx = 40): number {
  if (days <= 1) return 1;
  const perDay = trackPx / (days - 1);
  return [1, 2, 3, 7, 14, 28].find((step) => perDay * step >= minLabelPx) ?? Math.ceil(days / 2);
}

/** Keyboard steps of the time slider, in days. */
export const PAGE_STEP = 3;

/** The day index a key moves to from `index`, or null when the key is not the slider's. */
export function keyStep(key: string, index: number, last: number): number | null {
  const to = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return to(index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return to(index - 1);
    case 'PageUp':
      return to(index + PAGE_STEP);
    case 'PageDown':
      return to(index - PAGE_STEP);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
