import { en, type Catalogue } from './en.ts';
import { createI18n, english, type I18n, type IntlFallback, type Lang } from './i18n.ts';

/** Each language's catalogue, as a chunk of its own: a reader downloads only the language they read. */
const load: Record<Lang, () => Promise<[Catalogue, IntlFallback?]>> = {
  en: () => Promise.resolve([en]),
  ru: () => import('./ru.ts').then((m) => [m.ru]),
  kk: () => import('./kk.ts').then((m) => [m.kk, m.kkIntl]),
};

export async function i18nFor(lang: Lang): Promise<I18n> {
  return lang === 'en' ? english : createI18n(lang, ...(await load[lang]()));
}
