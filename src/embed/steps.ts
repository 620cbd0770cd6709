import type { Command } from '../model/commands.ts';
import { isIsoDate } from '../model/dates.ts';
import { readLayers } from '../model/layers.ts';
import { readView, type Bounds } from '../model/url-state.ts';
import { displayModes, type DisplayMode } from '../model/visibility.ts';

/**
 * What a scroll step (or a host page's message) asks of a map, as the host page wrote it:
 * `data-date`, `data-mode`, `data-view` (`lng,lat,zoom` or `story`), `data-select` (an event id),
 * `data-layers` (a comma list of the story's categories, like the `layers` option).
 */
export interface Ask {
  date?: string | null;
  mode?: string | null;
  view?: string | null;
  select?: string | null;
  layers?: string | null;
}

/** A step element's attributes. */
export const readStep = (step: { getAttribute(name: string): string | null }): Ask => ({
  date: step.getAttribute('data-date'),
  mode: step.getAttribute('data-mode'),
  view: step.getAttribute('data-view'),
  select: step.getAttribute('data-select'),
  layers: step.getAttribute('data-layers'),
});

/** What a map checks an ask against: its story's days, events and categories (its layers). */
/** A step's warning, in the same words whichever map (element or iframe) refused it. */
export const stepWarning = (where: string, why: string): string => `${where}: ${why}: ignored`;

export interface AskContext {
  start: string;
  end: string;
  hasEvent(id: string): boolean;
  categories: readonly string[];
  /** The box the map may show: a view outside it is none. */
  maxBounds?: Bounds;
}

/**
 * The commands an ask comes to, with what was left out of it (`partly`: a layer the story does not
 * have); or why it is ignored as a whole (`warning`).
 */
export type Checked = { commands: Command[]; partly?: string } | { warning: string };

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The commands an ask comes to, or the one reason it is ignored as a whole: a step is the host's
 * one statement of a moment, and half of it applied would be a moment nobody wrote. The view eases
 * there (a jump for a reader who prefers reduced motion); the selection opens the event's text.
 * Layers are only a way of looking at the moment: an unknown one is left out and the rest applies,
 * and with none known the map shows the page's own.
 */
export function askCommands(ask: Ask, story: AskContext): Checked {
  const commands: Command[] = [];
  let partly: string | undefined;
  if (ask.mode != null) {
    if (!(displayModes as readonly string[]).includes(ask.mode))
      return { warning: `mode "${ask.mode}" is not one of ${displayModes.join(', ')}` };
    commands.push({ type: 'mode', mode: ask.mode as DisplayMode });
  }
  if (ask.date != null) {
    if (!isIsoDate(ask.date)) return { warning: `date "${ask.date}" is not a calendar date (YYYY-MM-DD)` };
    if (ask.date < story.start || ask.date > story.end)
      return { warning: `date ${ask.date} is outside the story (${story.start} to ${story.end})` };
    commands.push({ type: 'date', date: ask.date });
  }
  if (ask.select != null) {
    if (!story.hasEvent(ask.select)) return { warning: `select "${ask.select}" is not an event of the story` };
    commands.push({ type: 'select', id: ask.select });
  }
  if (ask.view != null) {
    if (ask.view === 'story') commands.push({ type: 'view', view: 'story', animate: true });
    else {
      const { view, problem, outside } = readView(ask.view, story.maxBounds);
      if (!view || problem)
        return { warning: view || outside ? problem! : `view "${ask.view}" is not lng,lat,zoom or story` };
      commands.push({ type: 'view', view, animate: true });
    }
  }
  if (ask.layers != null) {
    const { layers, unknown } = readLayers(ask.layers, story.categories);
    if (unknown.length)
      partly =
        `layers "${ask.layers}": ${quoted(unknown)} ${unknown.length > 1 ? 'are not layers' : 'is not a layer'}` +
        ` of the story (${story.categories.join(', ')})`;
    commands.push({ type: 'layers', layers: layers.length ? layers : null });
  }
  return partly ? { commands, partly } : { commands };
}

/**
 * A scroll step's commands: like any ask, and it must say its date. A step is a whole moment: one
 * without layers shows the page's own, so scrolling back from a step that had some brings them
 * back; one without a selection selects nothing, so an earlier step's popup does not stay open.
 */
export function stepCommands(ask: Ask, story: AskContext): Checked {
  if (ask.date == null) return { warning: 'the step has no data-date' };
  const checked = askCommands(ask.layers == null ? { ...ask, layers: '' } : ask, story);
  if ('warning' in checked || ask.select != null) return checked;
  const at = checked.commands.findIndex((c) => c.type === 'date') + 1;
  const commands = [
    ...checked.commands.slice(0, at),
    { type: 'select', id: null } as const,
    ...checked.commands.slice(at),
  ];
  return { ...checked, commands };
}
