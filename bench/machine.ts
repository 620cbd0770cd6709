import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  chromium: string;
  node: string;
  maplibre: string;
}

export function describeMachine(browser: Browser): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${platform()} ${release()}`,
    chromium: browser.version(),
    node: process.version,
    maplibre: (
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
  };
}
