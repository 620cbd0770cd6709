// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { StoryEventProperties } from '../story/built.ts';
import { popupContent } from './popup.ts';
import { english } from '../i18n/i18n.ts';

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=1</script>',
  'javascript:alert(1)',
  'مرحبا‏ Ҡазаҡстан e\u0301 🇰🇿',
  'x'.repeat(5000),
];

const event = (text: string): StoryEventProperties => ({
  id: 'e',
  date: '2022-01-05',
  day: 0,
  endDay: 0,
  category: 'seizure',
  placeId: 'p',
  placeName: text,
  placeType: 'building',
  title: text,
  summary: text,
  certainty: 'claimed',
  certaintyBy: text,
  context: false,
  sourceCount: 0,
});

describe('popupContent', () => {
  it.each(payloads)('shows %j as text and creates no element from it', (text) => {
    const el = popupContent(event(text), english);
    expect(el.querySelectorAll('img, script, a, iframe')).toHaveLength(0);
    expect(el.textContent).toContain(text);
    expect(el.querySelector('strong')!.textContent).toBe(text);
  });
});
