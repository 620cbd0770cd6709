/** The meta tag by which a language page (ru/, kk/) says its language is chosen, not the reader's to pick. */
export const LANG_PAGE_META = 'qantar:lang';

/** The meta tag by which the site's build says it made a scroll story of this story, and where. */
export const SCROLLY_META = 'qantar:scrolly';

/** The meta tag by which the site's build says it wrote a page for each event, and in which folder ('e/'). */
export const EVENT_PAGES_META = 'qantar:event-pages';
