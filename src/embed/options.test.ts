import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, readHostOrigin } from './options.ts';
import { parseHostCommand, pymMessage } from './messages.ts';

const range = { start: '2022-01-02', end: '2022-01-19' };

describe('parseEmbedOptions', () => {
  it.each([
    { search: '', value: { autoplay: false, panel: true, theme: 'light' }, warnings: 0 },
    {
      search: '?date=2022-01-05&mode=day&autoplay=true&panel=false&theme=dark&layers=protest,csto',
      value: {
        date: '2022-01-05',
        mode: 'day',
        autoplay: true,
        panel: false,
        theme: 'dark',
        layers: ['protest', 'csto'],
      },
      warnings: 0,
    },
    { search: '?autoplay', value: { autoplay: true, panel: true, theme: 'light' }, warnings: 0 },
    { search: '?autoplay=maybe&theme=neon', value: { autoplay: false, panel: true, theme: 'light' }, warnings: 2 },
    // The README's values are true and false: anything else is warned about, not guessed.
    { search: '?autoplay=yes', value: { autoplay: false, panel: true, theme: 'light' }, warnings: 1 },
    { search: '?autoplay=1&panel=0', value: { autoplay: false, panel: true, theme: 'light' }, warnings: 2 },
    { search: '?panel=false', value: { autoplay: false, panel: false, theme: 'light' }, warnings: 0 },
    {
      search: '?view=200,100,30',
      value: { autoplay: false, panel: true, theme: 'light' },
      warnings: 1,
    },
    {
      search: '?layers=protest,nukes',
      value: { autoplay: false, panel: true, theme: 'light', layers: ['protest'] },
      warnings: 1,
    },
    { search: '?layers=nukes', value: { autoplay: false, panel: true, theme: 'light' }, warnings: 1 },
    { search: '?lang=kk', value: { autoplay: false, panel: true, theme: 'light', lang: 'kk' }, warnings: 0 },
    { search: '?lang=fr', value: { autoplay: false, panel: true, theme: 'light', lang: 'en' }, warnings: 1 },
    {
      search: '?initialWidth=600&childId=map1&parentUrl=https%3A%2F%2Fnews.example%2F',
      value: { autoplay: false, panel: true, theme: 'light' },
      warnings: 0,
    },
  ])('$search', ({ search, value, warnings }) => {
    const parsed = parseEmbedOptions(search, { ...range, maxBounds: [40, 35, 95, 60] }, [
      'protest',
      'seizure',
      'security',
      'csto',
      'political',
      'casualties',
    ]);
    expect(parsed.value).toEqual(value);
    expect(parsed.warnings).toHaveLength(warnings);
  });
});

describe('readHostOrigin', () => {
  it.each([
    { raw: null, referrer: 'https://news.example/2022/article', origin: 'https://news.example', warning: false },
    { raw: 'https://news.example', referrer: 'https://other.example/', origin: 'https://news.example', warning: false },
    { raw: 'https://news.example/page', referrer: '', origin: 'https://news.example', warning: false },
    { raw: 'notanorigin', referrer: 'https://news.example/a', origin: 'https://news.example', warning: true },
    { raw: 'notanorigin', referrer: '', origin: null, warning: true },
    { raw: '', referrer: 'https://news.example/a', origin: 'https://news.example', warning: true },
    { raw: 'data:text/html,x', referrer: '', origin: null, warning: true },
    { raw: null, referrer: '', origin: null, warning: false },
  ])('$raw (referrer "$referrer") -> $origin', ({ raw, referrer, origin, warning }) => {
    const read = readHostOrigin(raw, referrer);
    expect(read.origin).toBe(origin);
    if (warning) expect(read.warning).toMatch(new RegExp(`^hostOrigin "${raw}" is not an origin`));
    else expect(read.warning).toBeUndefined();
  });
});

describe('parseHostCommand', () => {
  it.each([
    [{ type: 'qantar:play' }, { type: 'qantar:play' }],
    [{ type: 'qantar:pause', extra: 1 }, { type: 'qantar:pause' }],
    [{ type: 'qantar:autosize' }, { type: 'qantar:autosize' }],
    [{ type: 'qantar:autosize ' }, null],
    [
      { type: 'qantar:set-date', date: '2022-01-06' },
      { type: 'qantar:set-date', date: '2022-01-06' },
    ],
    [{ type: 'qantar:set-date', date: '2022-02-30' }, null],
    [{ type: 'qantar:set-date' }, null],
    [{ type: 'qantar:eval', code: 'alert(1)' }, null],
    [
      { type: 'qantar:set-view', view: '76.9,43.2,10' },
      { type: 'qantar:set-view', view: '76.9,43.2,10' },
    ],
    [{ type: 'qantar:set-view', view: 42 }, null],
    [
      { type: 'qantar:select', id: 'akimat-stormed' },
      { type: 'qantar:select', id: 'akimat-stormed' },
    ],
    [{ type: 'qantar:select', id: '' }, null],
    [
      { type: 'qantar:set-mode', mode: 'day' },
      { type: 'qantar:set-mode', mode: 'day' },
    ],
    [{ type: 'qantar:set-mode', mode: 'x'.repeat(201) }, null],
    [{ type: 'qantar:hello', date: '2022-01-06' }, { type: 'qantar:hello' }],
    [
      { type: 'qantar:step', step: { date: '2022-01-05', view: 'story', select: 7 }, where: 'step 2 (#intro)' },
      {
        type: 'qantar:step',
        step: { date: '2022-01-05', mode: null, view: 'story', select: null, layers: null },
        where: 'step 2 (#intro)',
      },
    ],
    [
      { type: 'qantar:step', step: { date: '2022-01-07', layers: 'csto,political' } },
      {
        type: 'qantar:step',
        step: { date: '2022-01-07', mode: null, view: null, select: null, layers: 'csto,political' },
        where: 'a scroll step',
      },
    ],
    [
      { type: 'qantar:step', step: { date: '2022-01-07', layers: ['csto'] } },
      {
        type: 'qantar:step',
        step: { date: '2022-01-07', mode: null, view: null, select: null, layers: null },
        where: 'a scroll step',
      },
    ],
    [{ type: 'qantar:step', step: 'date=2022-01-05' }, null],
    [
      { type: 'qantar:event', id: 'akimat-stormed' },
      { type: 'qantar:event', id: 'akimat-stormed' },
    ],
    [{ type: 'qantar:event', id: ['akimat-stormed'] }, null],
    [{ type: 'qantar:event' }, null],
    ['qantar:play', null],
    [null, null],
    [42, null],
  ])('%j -> %j', (data, expected) => {
    expect(parseHostCommand(data)).toEqual(expected);
  });
});

describe('parseHostCommand: the host page says where it is', () => {
  const origin = 'https://news.example';
  it.each([
    // Its own address, the fragment dropped (the embed writes its own), the query string kept.
    [{ url: 'https://news.example/a/b?x=1#top' }, { type: 'qantar:host-page', url: 'https://news.example/a/b?x=1' }],
    [
      { url: 'https://news.example/a', map: 'crisis' },
      { type: 'qantar:host-page', url: 'https://news.example/a', map: 'crisis' },
    ],
    [
      { url: 'https://news.example/a', map: 7 },
      { type: 'qantar:host-page', url: 'https://news.example/a' },
    ],
    // Another origin than the message's: a page says where it is, never where to send readers.
    [{ url: 'https://elsewhere.example/a' }, null],
    [{ url: 'http://news.example/a' }, null],
    [{ url: 'javascript:alert(1)' }, null],
    [{ url: 'https://user:pw@news.example/a' }, null],
    [{ url: '/a' }, null],
    [{ url: `https://news.example/${'a'.repeat(2000)}` }, null],
    [{}, null],
  ])('%j', (fields, expected) => {
    expect(parseHostCommand({ type: 'qantar:host-page', ...fields }, origin)).toEqual(expected);
  });
});

describe('pymMessage', () => {
  it("speaks Pym.js's height message", () => {
    expect(pymMessage('map1', 'height', '640')).toBe('pymxPYMxmap1xPYMxheightxPYMx640');
  });
});
