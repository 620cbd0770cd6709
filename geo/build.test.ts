import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir, writeGeo } from './build.ts';

describe('npm run geo', () => {
  it('rebuilds the committed map data and label font byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qantar-geo-'));
    // The base-map layers are rebuilt and compared by geo/basemap/rebuild.test.ts (when their raw data is there).
    const written = await writeGeo(dir, { basemap: false });
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) {
      const committed = readFileSync(join(outDir, name));
      expect(readFileSync(join(dir, name)).equals(committed), `${name} differs: run npm run geo and commit`).toBe(true);
    }
    expect(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length).toBe(
      written.length,
    );
  }, 60_000);
});
