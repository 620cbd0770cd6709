import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { build as esbuild } from 'esbuild';
import { themeCss } from './src/theme/css.ts';
import { hostHeaderFiles } from './src/embed/host-headers.ts';

/** The theme's colours as CSS custom properties, written from src/theme/theme.ts: one source for CSS and map. */
const themeStylesheet = (): Plugin => ({
  name: 'qantar-theme',
  resolveId: (id) => (id === 'virtual:qantar-theme.css' ? '\0qantar-theme.css' : undefined),
  load: (id) => (id === '\0qantar-theme.css' ? themeCss() : undefined),
});

/**
 * The element's stylesheet, `qantar-map.css` at the build's root: the app's CSS (the build makes one
 * stylesheet, `cssCodeSplit: false`), which the element links inside its shadow root when it mounts the
 * app, so nothing of it reaches the host page. MapLibre's CSS is not in it: the live map links that
 * itself, wherever it is drawn (src/app/live-map.ts).
 */
const elementStylesheet = (): Plugin => ({
  name: 'qantar-element-css',
  generateBundle: {
    // After Vite has written the stylesheet into the bundle.
    order: 'post',
    handler(_options, bundle) {
      if (!Object.values(bundle).some((c) => c.type === 'chunk' && c.name === 'qantar-map')) return;
      // The app's one stylesheet; MapLibre's, imported by URL, is an asset of its own.
      const css = Object.values(bundle).filter(
        (a) => a.type === 'asset' && a.fileName.endsWith('.css') && !a.names.some((n) => n.includes('maplibre')),
      );
      if (css.length !== 1) throw new Error(`one stylesheet expected, found ${css.map((a) => a.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName: 'qantar-map.css', source: (css[0] as { source: string }).source });
    },
  },
});

/**
 * The element's script as one file: the small modules it shares with the app, which the bundler
 * splits into chunks of their own, would each be a further request, found one round trip later and
 * fetched at high priority, before the element can show its poster. esbuild copies them into it; its
 * dynamic imports (the app) stay requests of their own, resolved from the build's root.
 */
const elementScriptAlone = (): Plugin => ({
  name: 'qantar-element-alone',
  generateBundle: {
    // After Vite has written its preload lists into the chunks.
    order: 'post',
    async handler(_options, bundle) {
      const entry = bundle['qantar-map.js'];
      if (entry?.type !== 'chunk') return;
      const code = (fileName: string) => {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') throw new Error(`qantar-map.js imports ${fileName}, which the build did not make`);
        return chunk.code;
      };
      const out = await esbuild({
        stdin: { contents: entry.code, sourcefile: entry.fileName, loader: 'js' },
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        minify: true,
        plugins: [
          {
            name: 'chunks',
            setup(b) {
              b.onResolve({ filter: /^\./ }, ({ path, importer, kind }) => {
                const from = importer === '<stdin>' ? entry.fileName : importer;
                const fileName = posix.join(posix.dirname(from), path);
                return kind === 'dynamic-import'
                  ? { path: `./${fileName}`, external: true }
                  : { path: fileName, namespace: 'chunk' };
              });
              b.onLoad({ filter: /./, namespace: 'chunk' }, ({ path }) => ({ contents: code(path), loader: 'js' }));
            },
          },
        ],
      });
      entry.code = out.outputFiles[0].text;
    },
  },
});

/**
 * The pages' code at low priority, preloaded. A page paints its prerendered map first and its entry
 * imports the app only once that paint has been shown (src/app/first-paint.ts): the app's modules are
 * preloaded (fetched, not run) beside the entry's, and none of them takes a slow connection from the
 * HTML and the relief image (the largest paint) meanwhile.
 */
const codeAfterPaint = (): Plugin => ({
  name: 'qantar-code-after-paint',
  transformIndexHtml: {
    // After Vite has written the entry's script and its module preloads into the page.
    order: 'post',
    handler(html, { chunk, bundle }) {
      const later = new Set<string>();
      const add = (fileName: string) => {
        const imported = bundle?.[fileName];
        if (later.has(fileName) || imported?.type !== 'chunk') return;
        later.add(fileName);
        imported.imports.forEach(add);
      };
      chunk?.dynamicImports.forEach(add);
      const preloads = [...later]
        .filter((fileName) => !html.includes(`"./${fileName}"`))
        .map((fileName) => `<link rel="modulepreload" crossorigin href="./${fileName}">`)
        .join('\n');
      return html
        .replace('</head>', `${preloads}\n</head>`)
        .replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');
    },
  },
});

/**
 * `qantar-host.js` at the build's root: the host page's script for iframe embeds (src/embed/host.ts),
 * built as a classic script (an IIFE) so a page includes it with a plain `<script src defer>`. The
 * dev server builds it on request.
 */
const hostScript = (): Plugin => {
  const bundle = async (): Promise<string> => {
    const out = await build({
      root: fileURLToPath(new URL('.', import.meta.url)),
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2020',
        lib: { entry: 'src/embed/host.ts', formats: ['iife'], name: 'QantarHost', fileName: () => 'qantar-host.js' },
      },
    });
    const [first] = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
    return first.output.find((o) => o.type === 'chunk')!.code!;
  };
  let ssr = false;
  return {
    name: 'qantar-host-script',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use('/qantar-host.js', (_req, res, next) => {
        bundle().then((code) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(code);
        }, next);
      });
    },
    async generateBundle() {
      if (!ssr) this.emitFile({ type: 'asset', fileName: 'qantar-host.js', source: await bundle() });
    },
  };
};

/** Header files for common static hosts (src/embed/host-headers.ts), at the build's root. */
const hostHeaders = (): Plugin => {
  let ssr = false;
  return {
    name: 'qantar-host-headers',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    generateBundle() {
      if (ssr) return;
      for (const [fileName, source] of Object.entries(hostHeaderFiles()))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
};

/** The browser's entries: the pages and the element. */
const pages = {
  input: {
    main: 'index.html',
    embed: 'embed.html',
    example: 'example.html',
    scrolly: 'scrolly.html',
    'qantar-map': 'src/embed/element.ts',
  },
  // The element's script keeps a stable name at the build's root, for hosts to link to.
  output: {
    entryFileNames: (chunk: { name: string }) =>
      chunk.name === 'qantar-map' ? '[name].js' : 'assets/[name]-[hash].js',
    // The small modules the pages' entries and their app share, in one chunk: split by who needs which,
    // they were a dozen requests of a few hundred bytes each. Not those the element's script copies in.
    codeSplitting: {
      groups: [
        {
          name: 'shared',
          test: /[\\/]src[\\/](model[\\/](?!event-link)|embed[\\/](steps|loading|messages|options)\.ts|app[\\/]data-url\.ts|static[\\/]font-family\.ts)/,
        },
      ],
    },
  },
};
/** The server's entry, for the site build's prerender (geo/site/build-site.ts): one self-contained file. */
const server = { input: { 'entry-server': 'src/entry-server.ts' }, output: { entryFileNames: '[name].js' } };

export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset paths, so the built map can be hosted under any folder.
  base: './',
  plugins: [
    svelte(),
    themeStylesheet(),
    elementStylesheet(),
    elementScriptAlone(),
    codeAfterPaint(),
    hostScript(),
    hostHeaders(),
  ],
  ssr: { noExternal: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Every browser the map supports loads modules natively: no preload polyfill in the startup code.
    modulePreload: { polyfill: false },
    // One stylesheet: the pages link it in their HTML, the element in its shadow root; a lazy import
    // therefore carries none that Vite would inject into a page's head (an article's, for the element).
    cssCodeSplit: false,
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
