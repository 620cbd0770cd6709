/**
 * Every word of the interface, in English: the catalogue the others translate key for key (a
 * test holds them to the same keys). `{name}` is filled in; an object of plural forms is chosen
 * with Intl.PluralRules on `count`.
 */
export const en = {
  'app.name': 'Qantar',
  'page.description': 'An interactive map of {title}, day by day, with the sources for each event.',
  'page.scrolly': 'Read it as a scroll story',
  'page.languages': 'Language',
  'map.label': 'Map: {title}',
  'map.roledescription': 'map',
  'map.licences': 'Data licences',
  'map.noWebgl':
    'This browser has no WebGL2, so the map cannot be panned or zoomed. The dates, the events of each day and the map below still work.',
  'map.failed':
    'This browser cannot draw the interactive map ({reason}). The dates, the events of each day and the map below still work.',
  'map.partMissing': 'Part of the map ({part}) could not be loaded: {reason}',
  'map.error': 'The map met an error: {reason}',
  'line.reported': '{miles} mi ({km} km) reported',
  'popup.close': 'Close',
  'slider.date': 'Date',
  'slider.previous': 'Previous day',
  'slider.next': 'Next day',
  'slider.play': 'Play',
  'slider.pause': 'Pause',
  'slider.speed': 'Speed',
  'slider.loop': 'Loop',
  'slider.value': '{date}, {events}',
  'mode.legend': 'Show',
  'mode.cumulative': 'All events so far',
  'mode.day': 'This day only',
  'events.count': { one: '{count} event', other: '{count} events' },
  'span.range': '{from} to {to}',
  'panel.label': 'Events of the day',
  'panel.open': 'Events of the day',
  'panel.count': '{events} this day · {shown} on the map',
  'panel.empty': 'Nothing recorded for this day.',
  'panel.differ': 'The sources differ:',
  'panel.withdrawn': 'published, then withdrawn',
  'panel.sources': 'Sources ({count})',
  'panel.more': 'Show {more} more of {rest} not listed',
  'panel.supports': 'supports: {what}',
  'panel.translation': 'Our translation: {text}',
  'panel.nationwide': 'country-wide, not a place in it',
  'panel.updated': 'Updated {date}',
  'panel.changes': 'What changed',
  'supports.event': 'that it happened',
  'supports.place': 'the place',
  'supports.date': 'the date',
  'supports.figure': 'the figures',
  'supports.context': 'the background',
  'certainty.confirmed': 'Confirmed',
  'certainty.reported': 'Reported',
  'certainty.claimed': 'Claimed',
  'certainty.claimedBy': 'Claimed by {by}',
  'certainty.disputed': 'Disputed',
  'certainty.disputedBy': 'Disputed by {by}',
  'inset.title': '{title} in detail',
  'embed.copyIframe': 'Copy embed code',
  'embed.copyElement': 'Copy as web component',
  'embed.copied': 'Copied to the clipboard.',
  'embed.select': 'Select the code below and copy it.',
  'embed.code': 'Embed code',
  'errors.events': {
    one: 'One event of the story could not be shown',
    other: '{count} events of the story could not be shown',
  },
  'errors.story': 'The story could not be loaded ({url}): {reason}',
} as const;

export type MessageKey = keyof typeof en;
/** A message: text, or its plural forms by Intl.PluralRules category. */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type Catalogue = Record<MessageKey, Message>;
