/** What the tests of `npm run story` share: running the command as a newsroom would, in a process of its own. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `npm run story -- <args>` from the project's root; rejects when it exits non-zero. */
export const runStoryProcess = (args: string[]): Promise<{ stdout: string; stderr: string }> =>
  promisify(execFile)('npx', ['tsx', 'geo/story/story-command.ts', ...args], {
    cwd: root,
    // As a shell runs it: Vitest's NODE_ENV=test would make Vite build other bundles.
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
  });
