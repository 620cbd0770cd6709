import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir, writeGeo } from './build.ts';

describe('npm run geo', () => {
  it('rebuilds the committed map data byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qantar-geo-'));
    const written = writeGeo(dir);
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) {
      const committed = readFileSync(join(outDir, name), 'utf8');
      expect(readFileSync(join(dir, name), 'utf8'), `${name} differs: run npm run geo and commit`).toBe(committed);
    }
    expect(readdirSync(dir).sort()).toEqual([...written].sort());
  }, 60_000);
});
