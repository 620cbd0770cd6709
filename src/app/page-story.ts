import { checkEventCollection, type CheckedCollection } from '../story/event-collection.ts';

/** The id of the script element a prerendered page carries its story in. */
export const STORY_SCRIPT_ID = 'qantar-story';

/** The story a prerendered page carries, checked like a fetched one; undefined on a page without it. */
export function pageStory(doc: Document = document): CheckedCollection | undefined {
  const script = doc.getElementById(STORY_SCRIPT_ID);
  return script?.textContent ? checkEventCollection(JSON.parse(script.textContent)) : undefined;
}

/** The story as the text of that script: `<` escaped, so no text in it can end the element. */
export const storyScript = (collection: unknown): string =>
  `<script type="application/json" id="${STORY_SCRIPT_ID}">${JSON.stringify(collection).replace(/</g, '\\u003c')}</script>`;
