import type { BuiltOverlay } from '../story/built.ts';
import type { I18n } from '../i18n/i18n.ts';

/** A line overlay's label: its name, then the length the sources report, when they give one. */
export function lineLabel(o: Extract<BuiltOverlay, { kind: 'line' }>, i18n: I18n): string {
  if (o.reportedKm === undefined || o.reportedMiles === undefined) return o.label;
  return `${o.label}\n${i18n.t('line.reported', { miles: o.reportedMiles, km: o.reportedKm })}`;
}
