/**
 * The story's methods page (methods.html, and ru/methods.html… for its other languages): how the story
 * was made, in the story's own words (its `methods` sections), then what the data says of itself: where
 * each place's point comes from, the downloads with their licence, and every correction. A plain page of
 * text, no script; a story without methods has no page. Every text from data is escaped here.
 */
import type { I18n } from '../../src/i18n/i18n.ts';
import type { BuiltChange } from '../../src/story/built.ts';
import { isPlace, type Story } from '../../src/story/schema.ts';

export interface MethodsPageInput {
  story: Story;
  lang: string;
  i18n: I18n;
  changelog: BuiltChange[];
  /** Where the site's files are from the page: '' at the root, '../' in a language's folder. */
  root: string;
  /** The downloads in this language, by format, relative to the site's root. */
  downloads: { format: string; href: string }[];
  /** The page in each language, relative to this page. */
  languages: { lang: string; href: string }[];
  /** The JSON-LD and metadata the site puts in the head (geo/site/json-ld.ts). */
  head?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link to an address the data gives, or its name alone when it has none (or one that is not http). */
const link = (text: string, url?: string) =>
  url && /^https?:\/\//.test(url) ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);

const endonym = (lang: string) => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

function changeItem(c: BuiltChange, n: number, i18n: I18n): string {
  const parts = [
    `<p><strong><time datetime="${c.date}">${esc(i18n.t(`change.${c.kind}`, { date: i18n.date(c.date) }))}</time></strong>: ${esc(c.summary)}</p>`,
  ];
  if (c.reason) parts.push(`<p>${esc(i18n.t('change.why', { reason: c.reason }))}</p>`);
  if (c.events.length) {
    const events = c.events.map((e) => `<a href="./?date=${e.date}">${esc(e.title)}</a>`).join('; ');
    parts.push(`<p>${esc(i18n.t('change.events', { events: '\u0000' })).replace('\u0000', events)}</p>`);
  }
  if (c.references.length) {
    const refs = c.references.map((r) => link(r.name, r.url)).join('; ');
    parts.push(`<p>${esc(i18n.t('change.sources', { sources: '\u0000' })).replace('\u0000', refs)}</p>`);
  }
  return `<li id="change-${n}">${parts.join('')}</li>`;
}

export function methodsPage(input: MethodsPageInput): string {
  const { story, lang, i18n, root } = input;
  const meta = story.story;
  const title = meta.title[lang];
  const updated = meta.changelog
    ?.map((c) => c.date)
    .sort()
    .at(-1);
  const sections = (meta.methods ?? []).map(
    (s) =>
      `<section id="${esc(s.id)}"><h2>${esc(s.title[lang])}</h2>${s.paragraphs.map((p) => `<p>${esc(p[lang])}</p>`).join('')}</section>`,
  );
  const places = story.features.filter(isPlace).map((f) => f.properties);
  const placeRows = places.map(
    (p) =>
      `<tr><th scope="row">${esc(p.name[lang])}</th><td>${esc(p.coordinateSource)}</td><td>${p.note ? esc(p.note[lang]) : ''}</td></tr>`,
  );
  const licence = meta.licence
    ? ` ${esc(i18n.t('about.licence', { licence: '\u0000' })).replace('\u0000', link(meta.licence.name, meta.licence.url))}`
    : '';
  const downloads = input.downloads
    .map((d) => `<li><a href="${esc(root + d.href)}" download>${esc(d.format)}</a></li>`)
    .join('');
  const changes = input.changelog.length
    ? `<ol reversed>${input.changelog
        .map((c, i) => changeItem(c, i + 1, i18n))
        .reverse()
        .join('')}</ol>`
    : `<p>${esc(i18n.t('methods.noChanges'))}</p>`;
  const languages = input.languages
    .map(
      (l) =>
        `<li><a href="${esc(l.href)}" hreflang="${esc(l.lang)}" lang="${esc(l.lang)}"${l.lang === lang ? ' aria-current="page"' : ''}>${esc(endonym(l.lang))}</a></li>`,
    )
    .join('');

  return `<!doctype html>
<html lang="${esc(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(i18n.t('methods.title', { title }))}</title>
    <meta name="description" content="${esc(meta.description?.[lang] ?? title)}" />
    <link rel="stylesheet" href="${esc(root)}methods.css" />${input.head ? `\n    ${input.head}` : ''}
  </head>
  <body>
    <header>
      <p><a href="./">← ${esc(i18n.t('methods.back'))}</a></p>
      <h1>${esc(i18n.t('methods.title', { title }))}</h1>
      ${updated ? `<p class="updated"><a href="#corrections">${esc(i18n.t('panel.updated', { date: i18n.date(updated) }))}</a></p>` : ''}
      ${input.languages.length > 1 ? `<nav aria-label="${esc(i18n.t('page.languages'))}"><ul>${languages}</ul></nav>` : ''}
    </header>
    <main>
      ${sections.join('\n      ')}
      <section id="places"><h2>${esc(i18n.t('methods.places'))}</h2>
        <table><thead><tr><th scope="col">${esc(i18n.t('methods.place'))}</th><th scope="col">${esc(i18n.t('methods.point'))}</th><th scope="col">${esc(i18n.t('methods.note'))}</th></tr></thead>
        <tbody>${placeRows.join('')}</tbody></table>
      </section>
      <section id="data"><h2>${esc(i18n.t('methods.data'))}</h2>
        <p>${esc(i18n.t('methods.dataText'))}${licence}</p>
        <ul class="downloads">${downloads}</ul>
        <p><a href="${esc(root)}data/LICENCES.md">${esc(i18n.t('methods.basemap'))}</a></p>
      </section>
      <section id="corrections"><h2>${esc(i18n.t('methods.changes'))}</h2>
        ${changes}
      </section>
    </main>
  </body>
</html>
`;
}
