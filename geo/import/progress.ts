import type { Progress } from './types.ts';

/**
 * Wraps a progress callback so a loop can call it on every item while the caller hears about it
 * only every ~5 % (and always at the end): a 100,000-row import then makes 20 calls, not 100,000.
 */
export function progressTicker(total: number, report: Progress | undefined, fraction = 0.05): (done: number) => void {
  if (!report || total <= 0) return () => {};
  const every = Math.max(1, Math.ceil(total * fraction));
  let next = every;
  let reported = 0;
  return (done) => {
    if (done <= reported || (done < next && done < total)) return;
    reported = Math.min(done, total);
    report(reported, total);
    next = (Math.floor(done / every) + 1) * every;
  };
}
