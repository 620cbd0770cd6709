import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Every fenced code block of the README, in order, with its language. */
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));

/**
 * The README's one code block in `lang` that holds every string of `has`, as a newsroom would copy
 * it, with the build's address put where the README writes `https://your.site/qantar/`. Fails when
 * there is not exactly one: a test must not drive a snippet the README no longer shows.
 */
export function readmeSnippet(lang: string, has: string[], site: string): string {
  const found = blocks.filter((b) => b.lang === lang && has.every((h) => b.code.includes(h)));
  if (found.length !== 1)
    throw new Error(`the README has ${found.length} ${lang} blocks with ${has.join(', ')}, not one`);
  return found[0].code.replaceAll('https://your.site/qantar/', site);
}
