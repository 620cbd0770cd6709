import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../src/i18n/catalogues.ts';
import type { Story } from '../../src/story/schema.ts';
import { loadStory } from '../story/build-story.ts';
import { resolveChangelog } from '../story/resolve.ts';
import { methodsPage } from './methods-page.ts';
import { openDataFiles } from './open-data.ts';

const story = loadStory();

describe('the methods page', () => {
  it('is the story’s: its sections, places, downloads with the licence, and every correction, in the language', async () => {
    const html = methodsPage({
      story,
      lang: 'kk',
      i18n: await i18nFor('kk'),
      changelog: resolveChangelog(story, 'kk'),
      root: '../',
      downloads: [{ format: 'CSV', href: 'download/qantar-2022.kk.csv' }],
      languages: [{ lang: 'en', href: '../methods.html' }],
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="kk">/);
    for (const s of story.story.methods!) expect(html).toContain(`<section id="${s.id}"><h2>${s.title.kk}</h2>`);
    expect(html).toContain('<a href="../download/qantar-2022.kk.csv" download>CSV</a>');
    expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>');
    expect(html.match(/<li id="change-\d+">/g)).toHaveLength(story.story.changelog!.length);
    expect(html).toContain('<a href="./?date=2021-12-28">');
    expect(html).toContain('<link rel="stylesheet" href="../methods.css" />');
  });

  it('writes text from data as text', async () => {
    const evil = structuredClone(story) as Story;
    evil.story.methods![0].paragraphs[0].en = '<script>alert(1)</script> & "more"';
    evil.story.changelog![0].summary.en = '<img src=x onerror=alert(1)>';
    const html = methodsPage({
      story: evil,
      lang: 'en',
      i18n: await i18nFor('en'),
      changelog: resolveChangelog(evil, 'en'),
      root: '',
      downloads: [],
      languages: [],
    });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
  });

  it('is made for each language when the story has methods, and for none when it has not', async () => {
    expect(Object.keys(await openDataFiles(story)).filter((p) => p.endsWith('.html'))).toEqual([
      'methods.html',
      'ru/methods.html',
      'kk/methods.html',
    ]);
    const without = { ...story, story: { ...story.story, methods: undefined } };
    expect(Object.keys(await openDataFiles(without)).filter((p) => p.endsWith('.html'))).toEqual([]);
  });
});
