import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budgetBytes, KB, startupFiles } from '../../bench/bytes.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * gzip bytes of what the app adds on top of MapLibre at startup: its JS (MapLibre's share of the
 * bundle taken out), the data files the map loads and the latin font. Counted as `npm run bench`
 * counts them (bench/bytes.ts); 1 KB = 1,000 bytes.
 *
 * Issue 6 target 80 KB: not yet met. The build was at 104.2 KB when this budget was set (data 66 KB,
 * app JS 25 KB, font 13 KB), so the budget is that figure rounded up, to catch regressions.
 */
const BUDGET_KB = 105;

describe('byte budget', () => {
  it(`app code, startup data and the latin font stay within ${BUDGET_KB} KB gzip`, () => {
    const files = startupFiles(dist);
    const detail = files.map((f) => `${f.path}: ${(f.gzip / KB).toFixed(1)} KB gzip`).join('\n');
    expect(budgetBytes(files) / KB, detail).toBeLessThanOrEqual(BUDGET_KB);
  });
});
