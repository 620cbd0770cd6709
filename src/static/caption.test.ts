import { describe, expect, it } from 'vitest';
import { creditLines, framedImage, titleBand } from './caption.ts';
import { themes } from '../theme/theme.ts';

const parts = ['Natural Earth', '© OpenStreetMap contributors (ODbL)', 'GeoNames (CC BY 4.0)'];

describe('creditLines', () => {
  it.each([
    { chars: 200, lines: ['Natural Earth · © OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0)'] },
    { chars: 52, lines: ['Natural Earth · © OpenStreetMap contributors (ODbL)', 'GeoNames (CC BY 4.0)'] },
    { chars: 10, lines: parts },
  ])('at $chars characters a line: $lines.length lines, no part split', ({ chars, lines }) => {
    expect(creditLines(parts, chars)).toEqual(lines);
  });
});

describe('framedImage', () => {
  const map = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text>map</text></svg>';
  const framed = framedImage(map, {
    width: 400,
    mapHeight: 300,
    theme: themes.dark,
    font: "'Qantar Noto Sans', sans-serif",
    title: 'Q & A',
    date: '6 January 2022',
    credits: ['A <b> & C', ...parts],
  });

  it('puts the title above the map and the credits below it, the map untouched', () => {
    expect(framed.svg).toContain('<g transform="translate(0 46)">' + map + '</g>');
    // 400 px: the credits need two lines of 14 px, and a margin.
    expect(framed.height).toBe(46 + 300 + 2 * 14 + 8);
    expect(framed.svg).toMatch(new RegExp(`^<svg [^>]*height="${framed.height}"`));
    const creditY = [...framed.svg.matchAll(/<text x="8" y="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...creditY)).toBeGreaterThan(46 + 300);
  });

  it('escapes every text and draws on the theme’s paper', () => {
    expect(framed.svg).toContain('>A &lt;b&gt; &amp; C · Natural Earth · © OpenStreetMap contributors (ODbL)</text>');
    expect(framed.svg).toContain('>Q &amp; A</text>');
    expect(framed.svg).toContain(`fill="${themes.dark.paper}"`);
  });
});

describe('titleBand', () => {
  it('sets the title and the date, escaped, at the social card’s size by default', () => {
    const band = titleBand('Q & A', '6 January 2022', themes.light, 1200);
    expect(band).toContain('font-size="34" font-weight="600" fill="#1f1e1b">Q &amp; A</text>');
    expect(band).toContain('>6 January 2022</text>');
  });
});
