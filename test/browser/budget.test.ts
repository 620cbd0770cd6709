import { describe, expect, it } from 'vitest';
import { budgetBytes, KB, startupFiles } from '../../bench/bytes.ts';
import { dist } from './static-server.ts';

/**
 * gzip bytes of what the app adds on top of MapLibre at startup: its JS (MapLibre's share of the
 * bundle taken out), the data files the map loads and the label font. Counted as `npm run bench`
 * counts them (bench/bytes.ts); 1 KB = 1,000 bytes. The budget is issue 6's target.
 */
const BUDGET_KB = 80;

describe('byte budget', () => {
  it(`app code, startup data and the label font stay within ${BUDGET_KB} KB gzip`, () => {
    const files = startupFiles(dist);
    const detail = files.map((f) => `${f.path}: ${(f.gzip / KB).toFixed(1)} KB gzip`).join('\n');
    expect(budgetBytes(files) / KB, detail).toBeLessThanOrEqual(BUDGET_KB);
  });
});
