import { readStep, stepWarning, type Ask } from './steps.ts';

/**
 * Watches a page's scroll steps (`data-qantar-step`): each time one reaches the middle of the
 * viewport (an IntersectionObserver whose root is that middle line; no scroll handler), its map
 * takes it: the map `data-qantar-target` names, else the page's only map. Scrolling back up brings
 * the earlier step back; a step already at the middle on load applies at once. `deliver` hands a
 * step to its map with the step's name (`step 4 (#bad-select)`) and a `refused` to call, now or
 * once the map has its story, with why it ignored the step or the part of it it left out (an
 * unknown layer); each step's problem is warned about once.
 */
export function watchSteps(
  doc: Document,
  maps: () => HTMLElement[],
  deliver: (map: HTMLElement, ask: Ask, where: string, refused: (why: string) => void) => void,
): () => void {
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-qantar-step]')];
  const warned = new WeakSet<Element>();
  const warnOnce = (step: Element, message: string) => {
    if (warned.has(step)) return;
    warned.add(step);
    console.warn(`Qantar: ${message}`);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const step = entry.target as HTMLElement;
        const where = `step ${steps.indexOf(step) + 1}${step.id ? ` (#${step.id})` : ''}`;
        const all = maps();
        const name = step.dataset.qantarTarget;
        const map = stepTarget(step, all);
        if (!map) {
          warnOnce(
            step,
            name
              ? `${where}: data-qantar-target "${name}" names no map on the page`
              : `${where} names no map (data-qantar-target) and the page has ${all.length}`,
          );
          continue;
        }
        deliver(map, readStep(step), where, (why) => warnOnce(step, stepWarning(where, why)));
      }
    },
    { rootMargin: '-50% 0px -50% 0px' },
  );
  for (const step of steps) observer.observe(step);
  return () => observer.disconnect();
}

/** The map a step drives: the one its `data-qantar-target` names, else the page's only map. */
export function stepTarget(step: HTMLElement, maps: HTMLElement[]): HTMLElement | undefined {
  const name = step.dataset.qantarTarget;
  return name ? maps.find((m) => m.id === name) : maps.length === 1 ? maps[0] : undefined;
}
