import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir } from '../build.ts';
import { buildBasemap, geodataDir, hasGeodata } from './build.ts';
import { noteMissingGeodata } from './testing.ts';

noteMissingGeodata('the byte-for-byte rebuild of the base-map layers; the committed files are tested as they are');

/** The folders whose files are all the base map's: a tile there that the build no longer makes is stale. */
const tileFolders = ['data/almaty', 'data/relief'];

describe('npm run geo: the base-map layers', () => {
  it.skipIf(!hasGeodata())(
    'rebuild from ../shared/geodata byte for byte, with no stale tile left behind',
    async () => {
      const built = await buildBasemap(geodataDir);
      const differ = Object.entries(built)
        .filter(([name, content]) => {
          const file = join(outDir, name);
          return !existsSync(file) || !readFileSync(file).equals(Buffer.from(content));
        })
        .map(([name]) => name);
      expect(differ, 'these differ from what is committed: run npm run geo and commit').toEqual([]);
      const committed = tileFolders.flatMap((folder) =>
        readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name).slice(outDir.length)),
      );
      expect(committed.filter((name) => !(name in built))).toEqual([]);
    },
    90_000,
  );
});
