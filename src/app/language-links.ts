import { LANGUAGES } from '../i18n/i18n.ts';
import { formatUrlState, type UrlState } from '../model/url-state.ts';
import { languageDir } from '../story/built.ts';

/**
 * A link to the same moment in each language the interface speaks: to the story's page in that
 * language (ru/, kk/) where the build made one, to the first page otherwise. Each says its `lang`,
 * so a reader's choice beats their browser's languages. Relative to the site's root, which a
 * language page names in its `<base>`.
 */
export function languageLinks(storyLanguages: readonly string[], state: UrlState): { lang: string; href: string }[] {
  return LANGUAGES.map((lang) => {
    const page = languageDir(lang, storyLanguages) || './';
    return { lang, href: page + formatUrlState(state, `lang=${lang}`) };
  });
}
