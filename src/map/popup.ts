import type { StoryEventProperties } from '../story/built.ts';
import { claimLabel } from '../model/certainty.ts';
import type { I18n } from '../i18n/i18n.ts';

/**
 * A popup's content, built as DOM text nodes: whatever a story says is shown as text, never parsed
 * as HTML.
 */
export function popupContent(e: StoryEventProperties, i18n: I18n, doc: Document = document): HTMLElement {
  const el = (tag: string, text: string, className?: string) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const root = doc.createElement('div');
  root.className = 'qantar-popup';
  root.dataset.eventId = e.id;
  const when =
    e.end && e.end !== e.date
      ? i18n.t('span.range', { from: i18n.date(e.date), to: i18n.date(e.end) })
      : i18n.date(e.date);
  root.append(el('strong', e.title), el('div', `${when} · ${e.placeName}`, 'meta'));
  if (e.certainty !== 'reported') root.append(el('div', claimLabel(e, i18n), 'claim'));
  root.append(el('p', e.summary));
  return root;
}
