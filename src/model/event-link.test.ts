import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fragmentTarget, hostEventLink, readEventFragment, siteEventLink } from './event-link.ts';
import { parseUrlState } from './url-state.ts';
import { clampDate } from './dates.ts';
import type { StoryEventCollection } from '../story/built.ts';

describe('hostEventLink', () => {
  it.each([
    // The article's query string stays as it is; its own fragment gives way to the event's.
    [
      { url: 'https://news.example/2022/crisis?utm_source=x&page=2' },
      'https://news.example/2022/crisis?utm_source=x&page=2#qantar-event=akimat-stormed',
    ],
    [{ url: 'https://news.example/a#comments' }, 'https://news.example/a#qantar-event=akimat-stormed'],
    [
      { url: 'https://news.example/a', map: 'crisis' },
      'https://news.example/a#qantar-event=akimat-stormed&qantar-map=crisis',
    ],
    [
      { url: 'https://news.example/a', map: 'a map&b' },
      'https://news.example/a#qantar-event=akimat-stormed&qantar-map=a+map%26b',
    ],
  ])('%j', (host, link) => {
    expect(hostEventLink(host, 'akimat-stormed')).toBe(link);
  });
});

describe('readEventFragment', () => {
  it.each([
    ['#qantar-event=akimat-stormed', { event: 'akimat-stormed' }],
    ['#qantar-event=akimat-stormed&qantar-map=crisis', { event: 'akimat-stormed', map: 'crisis' }],
    ['qantar-event=x&qantar-map=a+map%26b', { event: 'x', map: 'a map&b' }],
    ['#comments', null],
    ['', null],
    ['#qantar-event=', null],
  ])('%s', (hash, link) => {
    expect(readEventFragment(hash)).toEqual(link);
  });

  it('reads back what hostEventLink writes', () => {
    const link = hostEventLink({ url: 'https://news.example/a?b=1#c', map: 'crisis' }, 'csto-request');
    expect(readEventFragment(new URL(link).hash)).toEqual({ event: 'csto-request', map: 'crisis' });
  });
});

describe('fragmentTarget', () => {
  const maps = [{ id: 'crisis' }, { id: '' }];
  it.each([
    [{ map: 'crisis' }, [maps[0]], maps[0]],
    [{ map: 'crisis' }, maps, maps[0]],
    [{ map: 'other' }, maps, undefined],
    [{}, [maps[1]], maps[1]],
    // Several maps and none named: the link opens none of them.
    [{}, maps, undefined],
    [{}, [], undefined],
  ])('%j among %j', (link, among, target) => {
    expect(fragmentTarget(link, among)).toBe(target);
  });
});

describe('siteEventLink', () => {
  const site = { base: 'https://maps.example/qantar/', languages: ['en', 'ru', 'kk'] };
  it.each([
    // The build's per-event pages, in the language on screen's folder.
    [
      { page: 'https://maps.example/qantar/?date=2022-01-06', lang: 'en', eventPages: 'e/' },
      'https://maps.example/qantar/e/akimat-stormed.html',
    ],
    [
      { page: 'https://maps.example/qantar/ru/', lang: 'ru', eventPages: 'e/' },
      'https://maps.example/qantar/ru/e/akimat-stormed.html',
    ],
    [
      { page: 'https://maps.example/qantar/embed.html?lang=kk', lang: 'kk', eventPages: 'e/' },
      'https://maps.example/qantar/kk/e/akimat-stormed.html',
    ],
    // Without them (the dev server): the page itself, the moment on screen left out, its other options kept.
    [
      {
        page: 'https://maps.example/qantar/?lang=ru&date=2022-01-06&mode=day&view=76.9,43.2,9&event=csto-request#x',
        lang: 'ru',
      },
      'https://maps.example/qantar/?lang=ru&mode=day&event=akimat-stormed',
    ],
    [
      { page: 'http://127.0.0.1:5173/embed.html?theme=dark', lang: 'en' },
      'http://127.0.0.1:5173/embed.html?theme=dark&event=akimat-stormed',
    ],
  ])('%j', (o, link) => {
    expect(siteEventLink('akimat-stormed', { ...site, ...o })).toBe(link);
  });

  it('a language the story is not told in keeps its interface', () => {
    const link = siteEventLink('x', {
      base: 'https://m.example/',
      languages: ['en'],
      lang: 'kk',
      eventPages: 'e/',
      page: 'https://m.example/',
    });
    expect(link).toBe('https://m.example/e/x.html?lang=kk');
  });
});

describe('a link to each event of the default story', () => {
  const story = JSON.parse(
    readFileSync(new URL('../../public/data/story.geojson', import.meta.url), 'utf8'),
  ) as StoryEventCollection;
  const { start, end, maxBounds, languages } = story.story;
  const range = {
    start,
    end,
    maxBounds,
    eventDates: new Map(story.features.map((f) => [f.properties.id, f.properties.date])),
  };
  const site = { base: 'https://maps.example/qantar/', lang: languages[0], languages };
  const events = story.features.map((f) => f.properties);

  it('the story has events to link to', () => {
    expect(events.length).toBeGreaterThan(10);
  });

  it.each(events.map((e) => [e.id, e.date]))(
    '%s: opens at the event, on its first day within the story',
    (id, date) => {
      const opened = { value: { event: id, date: clampDate(date, start, end) }, warnings: [] };
      // The page itself (no event pages): its query string opens the event, whatever moment was on screen.
      const page = siteEventLink(id, { ...site, page: `${site.base}?date=${end}&mode=day&view=76.9,43.2,9` });
      expect(parseUrlState(new URL(page).search, range)).toEqual({
        ...opened,
        value: { ...opened.value, mode: 'day' },
      });
      // The build's page for it leads on to `../?event=<id>`, in its language's folder.
      const built = siteEventLink(id, { ...site, page: site.base, eventPages: 'e/' });
      expect(built).toBe(`${site.base}e/${id}.html`);
      expect(parseUrlState(new URL(`../?event=${id}`, built).search, range)).toEqual(opened);
      // A host page's link names it in its fragment, which the host script or the element reads back.
      const host = hostEventLink({ url: 'https://news.example/a?utm_source=x#top', map: 'crisis' }, id);
      expect(readEventFragment(new URL(host).hash)).toEqual({ event: id, map: 'crisis' });
    },
  );
});
