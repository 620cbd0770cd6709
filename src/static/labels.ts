/**
 * Label placement for the static map, in the spirit of MapLibre's: labels are tried in priority
 * order, each at its anchors in turn, and a label that would touch one already placed (or a story
 * symbol, reserved first) is left out. Widths are estimated from the character count, so a label's
 * box is a little generous rather than exact.
 */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

export interface LabelRequest {
  x: number;
  y: number;
  /** Lines of text (a label may wrap). */
  lines: string[];
  size: number;
  letterSpacing?: number;
  /** Where the text may stand around its point, in order of preference. */
  anchors: Anchor[];
  /** Distance from the point for anchors other than `center`, in ems. */
  offset?: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

export type Box = [x1: number, y1: number, x2: number, y2: number];

/** Roughly how wide a line of Noto Sans is: capitals and wide letters count for more. */
export function textWidth(text: string, size: number, letterSpacing = 0): number {
  let em = 0;
  for (const c of text)
    em += /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/.test(c) ? 0.68 : /[mwMWшщжмю]/.test(c) ? 0.8 : /[ilj.,'’ ]/.test(c) ? 0.3 : 0.55;
  return (em + letterSpacing * [...text].length) * size;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The box of a label set at an anchor: for `left`, the text starts to the right of its point. */
function boxAt(l: LabelRequest, anchor: Anchor): Box {
  const w = Math.max(...l.lines.map((t) => textWidth(t, l.size, l.letterSpacing)));
  const h = l.lines.length * l.size * 1.2;
  const d = anchor === 'center' ? 0 : (l.offset ?? 0) * l.size;
  switch (anchor) {
    case 'center':
      return [l.x - w / 2, l.y - h / 2, l.x + w / 2, l.y + h / 2];
    case 'left':
      return [l.x + d, l.y - h / 2, l.x + d + w, l.y + h / 2];
    case 'right':
      return [l.x - d - w, l.y - h / 2, l.x - d, l.y + h / 2];
    case 'top':
      return [l.x - w / 2, l.y + d, l.x + w / 2, l.y + d + h];
    case 'bottom':
      return [l.x - w / 2, l.y - d - h, l.x + w / 2, l.y - d];
  }
}

/** Places what fits, in the order given, around the boxes already `taken`; returns a placement per request (or null). */
export function placeLabels(
  requests: readonly LabelRequest[],
  taken: Box[],
  viewport: { width: number; height: number },
): (PlacedLabel | null)[] {
  const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= viewport.width && b[3] <= viewport.height;
  return requests.map((l) => {
    for (const anchor of l.anchors) {
      const box = boxAt(l, anchor);
      if (!inside(box) || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      return { x: l.x, y: l.y, anchor, box };
    }
    return null;
  });
}
