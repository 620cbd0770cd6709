import type { StoryEventCollection } from '../story/schema.ts';

/** Fetches the built story from the page's own origin; a readable error if it cannot. */
export async function loadStory(url: string): Promise<StoryEventCollection> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`The story could not be loaded (${url}): ${(e as Error).message}`, { cause: e });
  }
  if (!response.ok) throw new Error(`The story could not be loaded (${url}): HTTP ${response.status}`);
  const data = (await response.json()) as StoryEventCollection;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features) || !data.story) {
    throw new Error(`The story at ${url} is not a story collection`);
  }
  return data;
}
