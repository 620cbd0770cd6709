/**
 * A reader reaching for a map that is still static: a zoom (a button, Ctrl or ⌘ and the wheel), a press
 * or a tap, keyboard focus, the full-screen button, or a view the static map cannot draw (a scroll step,
 * the host page). It starts the interactive map, and a zoom is carried out once it has drawn, so the
 * reader's first gesture is not lost.
 */
export type Reach =
  | { kind: 'zoom'; delta: number; around?: [number, number] }
  | { kind: 'press' }
  | { kind: 'focus' }
  | { kind: 'fullscreen' }
  | { kind: 'view' };

/**
 * What an event on the static map's box means, if it is a reach: a mouse or pen press (a finger on a
 * phone may only be scrolling the page: its tap is a click), a click, two fingers, the wheel with Ctrl or
 * ⌘ (a zoom around the pointer, in the map's pixels), or keyboard focus. Null for anything else.
 */
export function reachOf(e: Event, box: DOMRect): Reach | null {
  switch (e.type) {
    case 'pointerdown':
      return (e as PointerEvent).pointerType === 'touch' ? null : { kind: 'press' };
    case 'click':
      return { kind: 'press' };
    case 'touchstart':
      return (e as TouchEvent).touches.length > 1 ? { kind: 'press' } : null;
    case 'wheel': {
      const w = e as WheelEvent;
      if (!w.ctrlKey && !w.metaKey) return null;
      return { kind: 'zoom', delta: w.deltaY < 0 ? 1 : -1, around: [w.clientX - box.left, w.clientY - box.top] };
    }
    case 'focusin':
      return { kind: 'focus' };
    default:
      return null;
  }
}
