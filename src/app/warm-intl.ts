/**
 * The first date or number a page formats starts the browser's ICU (its locale data), which in Chromium
 * takes 30–60 ms on a fast desktop and several times that on a phone: the longest single piece of the
 * app's start. That start is shared by the whole renderer, so a throwaway worker that formats one date
 * and one number takes it off the main thread, while the app's code is still on its way. Where a worker
 * cannot start (no Worker, a host's worker-src that refuses blob:), the app simply pays it itself.
 */
const WARM = 'new Intl.DateTimeFormat().format(0);new Intl.NumberFormat().format(0);close()';

let warmed = false;

/** Starts ICU in a worker, once a page. */
export function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  const url = URL.createObjectURL(new Blob([WARM], { type: 'text/javascript' }));
  try {
    new Worker(url);
  } catch {
    // No workers here, or refused by the host's policy: the first format on the main thread starts ICU.
  }
  URL.revokeObjectURL(url);
}
