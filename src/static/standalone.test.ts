import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './standalone.ts';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="http://h/data/relief/region.png?a=1&amp;b=2"/><text>Алматы</text></svg>';
const font = {
  family: 'Qantar Noto Sans',
  italic: false,
  range: 'U+0400-045F',
  dataUrl: 'data:font/woff2;base64,AAAA',
};

describe('standaloneSvg', () => {
  const out = standaloneSvg(svg, [font, { ...font, italic: true }], {
    'http://h/data/relief/region.png?a=1&b=2': 'data:image/png;base64,BBBB',
  });

  it('declares each font inside the SVG, before anything is drawn', () => {
    expect(out).toMatch(/^<svg [^>]*><defs><style>@font-face\{font-family:'Qantar Noto Sans';font-style:normal;/);
    expect(out).toContain('font-style:italic;unicode-range:U+0400-045F;src:url(data:font/woff2;base64,AAAA)}');
  });

  it('carries the image it refers to, and refers to nothing else', () => {
    expect(out).toContain('<image href="data:image/png;base64,BBBB"/>');
    expect(out).not.toMatch(/href="http/);
  });

  it('keeps the drawing as it was', () => {
    expect(out).toContain('<text>Алматы</text></svg>');
  });
});
