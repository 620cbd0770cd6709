import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir, writeGeo } from './build.ts';
import { buildWorldPack } from './world/build-pack.ts';
import { etopoFile, hasWorldInputs, packDir, worldDir } from './world/paths.ts';

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

describe('npm run geo: the world pack', () => {
  const present = hasWorldInputs();
  if (!present)
    console.warn(
      `skipped: the world pack's rebuild needs ${worldDir} and ETOPO5 at ${etopoFile} ` +
        '(apt-get install -y ferret-datasets); the committed pack is still checked by geo/world/pack.test.ts',
    );
  it.skipIf(!present)(
    'rebuilds geo/world/pack/ byte for byte from ../shared/geodata/world and ETOPO5',
    async () => {
      const built = await buildWorldPack();
      expect(Object.keys(built).sort()).toEqual(readdirSync(packDir).sort());
      const different = Object.entries(built).filter(
        ([name, content]) => !readFileSync(join(packDir, name)).equals(Buffer.from(content)),
      );
      expect(
        different.map(([name]) => name),
        'differs from the committed pack: run npm run geo and commit',
      ).toEqual([]);
    },
    180_000,
  );
});
