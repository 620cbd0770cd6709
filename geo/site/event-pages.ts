/**
 * A page for each event of the story, in each of its languages (`e/<id>.html`, `ru/e/<id>.html`…): the
 * address "Link to this event" copies on the map's own site. A social network's crawler runs no script,
 * so what it shows of a link is what the page's HTML says: this page's title, description and card
 * name the event. A reader goes straight on to the map at the event (`../?event=<id>`, by a small script
 * of the build's own, `event-page.js`, which a strict CSP allows; a plain link without it). A meta
 * refresh would do without the script, but some crawlers follow one and would then show the story's
 * page instead. The page is small, so the build writes one per event and language (the whole app
 * prerendered at each event would be 170 KB a page).
 */
import type { StoryEventProperties } from '../../src/story/built.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import { eventPageTitle } from '../../src/model/event-link.ts';
import { headFor } from './prerender.ts';
import { esc } from '../../src/static/svg.ts';

/** The folder of the event pages, in each language's folder: the app's links lead there. */
export const EVENT_PAGES = 'e/';
/** The script that takes a reader from an event's page to the map, at the site's root. */
export const EVENT_PAGE_SCRIPT = 'event-page.js';

export interface EventPage {
  event: StoryEventProperties;
  storyTitle: string;
  /** The story's language on the page (its interface words may be another's, English, where ours has none). */
  lang: string;
  i18n: I18n;
  /** From the page to the site's root: '../', or '../../' in a language's folder. */
  root: string;
  /** The page's own absolute URL and its card's, when the build knows where it will be hosted. */
  url?: string;
  image?: string;
}

/** What a link's preview says of the event: its date and place, then our summary. */
export const eventDescription = (e: StoryEventProperties, i18n: I18n): string =>
  `${i18n.date(e.date)} · ${e.placeName}. ${e.summary}`;

/** An event's page. */
export function eventPageHtml(page: EventPage): string {
  const { event: e, i18n } = page;
  const title = eventPageTitle(e.title, page.storyTitle);
  const description = eventDescription(e, i18n);
  // The map of the page's language: its folder, one up from e/.
  const map = `../?event=${encodeURIComponent(e.id)}`;
  const head = headFor({
    title,
    description,
    lang: page.lang,
    url: page.url,
    image: page.image,
    // What search engines show is the map itself; this page is for links' previews.
    noindex: true,
  });
  return `<!doctype html>
<html lang="${esc(page.lang)}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    ${head}
    <script src="${esc(page.root)}${EVENT_PAGE_SCRIPT}" defer></script>
  </head>
  <body>
    <main>
      <h1>${esc(e.title)}</h1>
      <p>${esc(description)}</p>
      <p><a href="${esc(map)}" data-qantar-map>${esc(i18n.t('event.open'))}</a></p>
    </main>
  </body>
</html>
`;
}
