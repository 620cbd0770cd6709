import { LANGUAGES, isLang, type Lang } from './i18n.ts';

/**
 * The language to show: the one asked for (a `lang` option), else the first of the reader's or the
 * page's languages we speak ('ru-RU' is ru), else English. A `lang` we do not speak is a warning,
 * never an error: the map shows in English.
 */
export function pickLang(
  asked: string | null | undefined,
  preferred: readonly string[],
): { lang: Lang; warning?: string } {
  if (asked !== null && asked !== undefined) {
    const primary = asked.trim().toLowerCase();
    if (isLang(primary)) return { lang: primary };
    return { lang: 'en', warning: `lang "${asked}" is not one of ${LANGUAGES.join(', ')}: showing English` };
  }
  for (const tag of preferred) {
    const primary = tag.split('-')[0].toLowerCase();
    if (isLang(primary)) return { lang: primary };
  }
  return { lang: 'en' };
}
