import { checkEventCollection, type CheckedCollection } from '../story/event-collection.ts';

/**
 * Fetches the built story from the page's own origin and checks it: broken events are left out and
 * listed; a readable error when there is no story to show at all.
 */
export async function loadStory(url: string): Promise<CheckedCollection> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`The story could not be loaded (${url}): ${(e as Error).message}`, { cause: e });
  }
  if (!response.ok) throw new Error(`The story could not be loaded (${url}): HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`The story at ${url} is not valid JSON`);
  }
  return checkEventCollection(data);
}
