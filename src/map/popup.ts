import type { StoryEventProperties } from '../story/schema.ts';
import { formatLongDate } from '../model/dates.ts';
import { claimLabel } from '../model/certainty.ts';

/**
 * A popup's content, built as DOM text nodes: whatever a story says is shown as text, never parsed
 * as HTML.
 */
export function popupContent(e: StoryEventProperties, doc: Document = document): HTMLElement {
  const el = (tag: string, text: string, className?: string) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const root = doc.createElement('div');
  root.className = 'qantar-popup';
  const when =
    e.end && e.end !== e.date ? `${formatLongDate(e.date)} – ${formatLongDate(e.end)}` : formatLongDate(e.date);
  root.append(el('strong', e.title), el('div', `${when} · ${e.placeName}`, 'meta'));
  if (e.certainty !== 'reported') root.append(el('div', claimLabel(e), 'claim'));
  root.append(el('p', e.summary));
  return root;
}
