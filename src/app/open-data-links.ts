import { DOWNLOADS, downloadPath, methodsPath, type BuiltStoryMeta } from '../story/built.ts';

/** What the page and the embed link to of a story's open data (built by geo/site/open-data.ts). */
export interface OpenDataLinks {
  /** The last change's date, when the story records any. */
  updated?: string;
  changes: number;
  /** The methods page in the story's language, when the story has one. */
  methods?: string;
  /** Its corrections list (on the methods page), when there is one. */
  corrections?: string;
  downloads: { format: string; href: string }[];
  licence?: { name: string; url?: string };
}

/** The links, resolved against the site's root (`base`: './' on a page, the script's folder for the element). */
export function openDataLinks(story: BuiltStoryMeta, base: string): OpenDataLinks {
  const at = (path: string) => base + path;
  const methods = story.methods ? at(methodsPath(story.lang, story.languages)) : undefined;
  return {
    updated: story.updated,
    changes: story.changes ?? 0,
    methods,
    corrections: methods && story.changes ? `${methods}#corrections` : undefined,
    downloads: DOWNLOADS.map((d) => ({
      format: d.format.toUpperCase(),
      href: at(downloadPath(story.id, story.lang, d.format)),
    })),
    licence: story.licence,
  };
}
