import { checkEventCollection, checkSources, type CheckedCollection } from '../story/event-collection.ts';
import type { StorySources } from '../story/built.ts';
import { explainCorsFailure } from '../embed/cors-hint.ts';

/** Fetches JSON from the page's own origin, or says in words what went wrong and with which file. */
async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    // On a page of another origin the likely reason is a missing CORS header: said once, with the fix.
    await explainCorsFailure(url);
    throw new Error(`The ${what} could not be loaded (${url}): ${(e as Error).message}`, { cause: e });
  }
  if (!response.ok) throw new Error(`The ${what} could not be loaded (${url}): HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`The ${what} at ${url} is not valid JSON`);
  }
}

/**
 * Fetches the built story and checks it: broken events are left out and listed; a readable error
 * when there is no story to show at all.
 */
export const loadStory = async (url: string): Promise<CheckedCollection> =>
  checkEventCollection(await fetchJson(url, 'story'));

/** Fetches the story's sources, when a reader first opens them; broken entries are left out and listed. */
export const loadSources = async (url: string): Promise<{ sources: StorySources; errors: string[] }> =>
  checkSources(await fetchJson(url, 'sources'));
