import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { themeCss } from './src/theme/css.ts';

/** The theme's colours as CSS custom properties, written from src/theme/theme.ts: one source for CSS and map. */
const themeStylesheet = (): Plugin => ({
  name: 'qantar-theme',
  resolveId: (id) => (id === 'virtual:qantar-theme.css' ? '\0qantar-theme.css' : undefined),
  load: (id) => (id === '\0qantar-theme.css' ? themeCss() : undefined),
});

/** The browser's entries: the pages and the element. */
const pages = {
  input: { main: 'index.html', embed: 'embed.html', example: 'example.html', 'qantar-map': 'src/embed/element.ts' },
  // The element's script keeps a stable name at the build's root, for hosts to link to.
  output: {
    entryFileNames: (chunk: { name: string }) =>
      chunk.name === 'qantar-map' ? '[name].js' : 'assets/[name]-[hash].js',
  },
};
/** The server's entry, for the site build's prerender (geo/site/build-site.ts): one self-contained file. */
const server = { input: { 'entry-server': 'src/entry-server.ts' }, output: { entryFileNames: '[name].js' } };

export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset paths, so the built map can be hosted under any folder.
  base: './',
  plugins: [svelte(), themeStylesheet()],
  ssr: { noExternal: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Every browser the map supports loads modules natively: no preload polyfill in the startup code.
    modulePreload: { polyfill: false },
    rollupOptions: isSsrBuild ? server : pages,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
          // A non-UTC zone, so code that reads dates in local time fails here.
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-almaty',
          // The story's own zone (Almaty was UTC+6 in January 2022; the west, Aktau to Kyzylorda, UTC+5):
          // date logic must give the same answers east of UTC.
          include: ['src/model/**/*.test.ts'],
          env: { TZ: 'Asia/Almaty' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/serve.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
