import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the MapLibre-only baseline page into bench/dist/baseline, with the app's public data beside it. */
export async function buildBaseline(): Promise<string> {
  const outDir = at('./dist/baseline');
  await build({
    configFile: false,
    root: at('./baseline'),
    base: './',
    publicDir: at('../public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}
