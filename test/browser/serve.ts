import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { dist, serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build for the browser tests; `npm test` builds it first. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}/index.html`))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return server.close;
}
