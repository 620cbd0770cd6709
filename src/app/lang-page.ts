/** The meta tag by which a language page (ru/, kk/) says its language is chosen, not the reader's to pick. */
export const LANG_PAGE_META = 'qantar:lang';
