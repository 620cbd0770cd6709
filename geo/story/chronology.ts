/**
 * The story as a readable chronology by day, in Markdown (geo/CHRONOLOGY.md), for proof-reading:
 * every event with its place, certainty, figures, readings and sources.
 */
import { toDayNumber } from '../../src/model/dates.ts';
import {
  isSeedSource,
  type EventProperties,
  type PlaceFeature,
  type Source,
  type Story,
  type StoryMeta,
} from '../../src/story/schema.ts';
import { chronological, placesById } from './story-order.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** '5 January 2022', from the string alone (no local-time Date). */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 'Wednesday 5 January 2022' (weekday from UTC day numbers). */
function dayHeading(iso: string): string {
  const weekday = WEEKDAYS[(((toDayNumber(iso) + 4) % 7) + 7) % 7]; // 1970-01-01 was a Thursday
  return `${weekday} ${longDate(iso)}`;
}

function span(date: string, end?: string, time?: string): string {
  const start = time === undefined ? longDate(date) : `${longDate(date)}, ${time} local time`;
  return end === undefined || end === date ? start : `${start} to ${longDate(end)}`;
}

/** 4353 as '4,353', the same on every machine (no locale data involved). */
function formatNumber(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
/** Markdown-safe inline text: no stray emphasis or table pipes. */
const inline = (s: string): string => s.replace(/([\\`*_|<>[\]])/g, '\\$1');

function certaintyLine(status: string, by?: string): string {
  switch (status) {
    case 'claimed':
      return `**claimed** by ${inline(by ?? 'an unnamed party')}: shown as their claim, not as established fact`;
    case 'disputed':
      return `**disputed**${by === undefined ? '' : ` (${inline(by)})`}: the sources give rival accounts, listed under Readings`;
    default:
      return `reported${by === undefined ? '' : ` (${inline(by)})`}`;
  }
}

function sourceLine(s: Source, meta: StoryMeta): string {
  if (isSeedSource(s)) {
    const { headline, outlet } = meta.sources[s.seed];
    return `\`${s.seed}\`, “${inline(headline)}”, ${inline(outlet)}. Quote: “${inline(s.quote)}”`;
  }
  const { name, url } = meta.references[s.reference];
  return `Reference: ${inline(name)}${url === undefined ? '' : ` <${url}>`}. Supports: ${inline(s.note)}`;
}

const refs = (indexes: readonly number[]): string => indexes.map((i) => `[${i + 1}]`).join('');

function renderEvent(
  e: EventProperties,
  place: PlaceFeature,
  meta: StoryMeta,
  places: ReadonlyMap<string, PlaceFeature>,
): string[] {
  const p = place.properties;
  const out = [`### ${inline(e.title)}${e.context ? ' *(background)*' : ''}`, ''];
  out.push(`- **When:** ${span(e.date, e.end, e.time)}`);
  out.push(`- **Where:** ${inline(p.name)} (${p.placeType}${p.placeType === 'country' ? '' : `; \`${p.id}\``})`);
  if (e.destination !== undefined) {
    out.push(`- **To:** ${inline(places.get(e.destination)?.properties.name ?? e.destination)} (\`${e.destination}\`)`);
  }
  out.push(`- **Category:** ${e.category}`);
  out.push(`- **Certainty:** ${certaintyLine(e.certainty.status, e.certainty.by)}`);
  if (e.note !== undefined) out.push(`- **Note:** ${inline(e.note)}`);
  out.push('', inline(e.summary), '');
  if (e.figures?.length) {
    out.push('Figures:', '');
    for (const f of e.figures) {
      out.push(
        `- ${inline(f.label)}: ${formatNumber(f.value)}${f.unit === undefined ? '' : ` ${inline(f.unit)}`} ${refs([f.source])}`,
      );
    }
    out.push('');
  }
  if (e.readings?.length) {
    out.push('Readings (where the sources differ, each is kept with its sources):', '');
    for (const r of e.readings) {
      const when = r.date === undefined ? '' : `${span(r.date, r.end)}: `;
      const value =
        r.value === undefined ? '' : ` (${formatNumber(r.value)}${r.unit === undefined ? '' : ` ${inline(r.unit)}`})`;
      out.push(`- ${when}${inline(r.summary)}${value} ${refs(r.sources)}`);
    }
    out.push('');
  }
  out.push('Sources:', '');
  e.sources.forEach((s, i) => out.push(`${i + 1}. ${sourceLine(s, meta)}`));
  out.push('');
  return out;
}

/** The story as a readable chronology by day, in Markdown. Deterministic: same story, same bytes. */
export function renderChronology(story: Story): string {
  const meta = story.story;
  const places = placesById(story);
  const events = chronological(story);
  const out: string[] = [
    `# Chronology: ${inline(meta.title)}`,
    '',
    '<!-- Generated from geo/story/story.json by `npx tsx geo/story/build-story.ts`. Do not edit by hand. -->',
    '',
    `The story runs from ${longDate(meta.start)} to ${longDate(meta.end)}. Dates and times are local to Kazakhstan ` +
      `(${meta.timeZone}); events marked *background* fall outside that range. Titles and summaries are our own ` +
      'words; the quotes are verbatim from the seed articles, and facts the seeds do not give cite a named public ' +
      'reference. Claims are shown as claims, with who makes them.',
    '',
    `${events.length} events at ${places.size} places.`,
    '',
  ];

  let day = '';
  for (const e of events) {
    if (e.date !== day) {
      day = e.date;
      out.push(`## ${dayHeading(day)}`, '');
    }
    const place = places.get(e.place);
    if (!place) throw new Error(`event "${e.id}": place "${e.place}" is missing`);
    out.push(...renderEvent(e, place, meta, places));
  }

  out.push(
    '## Places',
    '',
    '| Place | Type | Longitude, latitude | Coordinate source | Note |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const place of places.values()) {
    const p = place.properties;
    const [lon, lat] = place.geometry.coordinates;
    out.push(
      `| ${inline(p.name)} (\`${p.id}\`) | ${p.placeType} | ${lon}, ${lat} | ${inline(p.coordinateSource)} | ${inline(p.note ?? '')} |`,
    );
  }
  out.push('', '## Seed articles', '');
  for (const [file, s] of Object.entries(meta.sources)) {
    out.push(
      `- \`${file}\`: “${inline(s.headline)}”, ${inline(s.outlet)}${s.note === undefined ? '' : `. ${inline(s.note)}`}`,
    );
  }
  out.push('', '## References', '');
  for (const [id, r] of Object.entries(meta.references)) {
    out.push(`- \`${id}\`: ${inline(r.name)}${r.url === undefined ? '' : ` <${r.url}>`}`);
  }
  return out.join('\n') + '\n';
}

/** Writes public/data/story.geojson and geo/CHRONOLOGY.md from the story. */
