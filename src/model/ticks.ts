/** What a labelled tick stands for: a day, the first of a month, the first of a year. */
export type TickUnit = 'day' | 'month' | 'year';

/** Which days get a labelled tick, finest first: every n days from the first, every n months, every n years. */
const RULES: readonly { unit: TickUnit; every: number }[] = [
  ...[1, 2, 3, 7, 14].map((every) => ({ unit: 'day' as const, every })),
  ...[1, 2, 3, 6].map((every) => ({ unit: 'month' as const, every })),
  ...[1, 2, 5, 10, 20, 50].map((every) => ({ unit: 'year' as const, every })),
];

const onRule = (day: string, index: number, { unit, every }: (typeof RULES)[number]): boolean => {
  const [y, m, d] = day.split('-').map(Number);
  if (unit === 'day') return index % every === 0;
  if (unit === 'month') return d === 1 && (m - 1) % every === 0;
  return d === 1 && m === 1 && y % every === 0;
};

export interface TickLabel {
  /** The day's index on the slider. */
  index: number;
  text: string;
  /** Pixels to move the label by from its tick, so that it stays within the slider at the ends. */
  dx: number;
}

export interface TickSpace {
  /** The track's width in pixels: the first day at 0, the last at the end. */
  track: number;
  /** How far past each end of the track a label may reach (the slider's padding). */
  edge: number;
  /** The least room between two labels. */
  gap: number;
}

/**
 * The slider's labelled ticks: the finest rule (every day, every 2 days … every month … every year)
 * whose labels, as wide as `measure` says in the reader's language and date format, leave `gap`
 * pixels between each other and stay within the slider; the first day alone when none does.
 * `label` writes a tick's text for its unit ("5 Jan", "Feb", "2023"). Labels are measured one by
 * one and a rule is dropped at its first collision, so a long story costs little at a fine rule.
 */
export function chooseTicks(
  days: readonly string[],
  label: (day: string, unit: TickUnit) => string,
  measure: (text: string) => number,
  { track, edge, gap }: TickSpace,
): TickLabel[] {
  const last = days.length - 1;
  const place = (index: number, unit: TickUnit): TickLabel & { left: number; right: number } => {
    const text = label(days[index], unit);
    const width = measure(text);
    const x = last === 0 ? track / 2 : (index / last) * track;
    // Kept within the slider: at an end the label moves in, off its tick's middle.
    const left = Math.min(Math.max(x - width / 2, -edge), track + edge - width);
    return { index, text, dx: left + width / 2 - x, left, right: left + width };
  };
  for (const rule of RULES) {
    const labels: TickLabel[] = [];
    let right = -Infinity;
    let fits = true;
    for (let i = 0; i <= last && fits; i++) {
      if (!onRule(days[i], i, rule)) continue;
      const placed = place(i, rule.unit);
      fits = placed.left >= right + gap;
      right = placed.right;
      labels.push({ index: placed.index, text: placed.text, dx: placed.dx });
    }
    if (fits && labels.length > 0) return labels;
  }
  const { index, text, dx } = place(0, 'day');
  return [{ index, text, dx }];
}

/**
 * A tick's text: a day as "5 Jan", a month as its name, or its year in January (so a long story's
 * years are read off its months), a year as itself.
 */
export const tickText =
  (i18n: { shortDate(iso: string): string; month(iso: string): string; year(iso: string): string }) =>
  (day: string, unit: TickUnit): string =>
    unit === 'day'
      ? i18n.shortDate(day)
      : unit === 'year' || day.slice(5, 7) === '01'
        ? i18n.year(day)
        : i18n.month(day);

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
