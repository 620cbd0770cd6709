/**
 * The story as a readable chronology by day, in Markdown (geo/CHRONOLOGY.md), for proof-reading:
 * every event with its place, certainty, figures, readings and sources.
 */
import { toDayNumber } from '../../src/model/dates.ts';
import type { Story } from '../../src/story/schema.ts';
import type { ResolvedSource, StoryEventProperties } from '../../src/story/built.ts';
import { resolveChangelog, resolveSources, resolveStory } from './resolve.ts';
import { placesById } from './story-order.ts';

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

const CERTAINTY: Record<string, string> = {
  confirmed: 'confirmed: the official record, or several independent sources, agree',
  reported: 'reported: the sources state it',
  claimed: '**claimed**: shown as their claim, not as established fact',
  disputed: '**disputed**: the sources give rival accounts, listed under Readings',
};

const certaintyLine = (status: string, by?: string): string =>
  `${CERTAINTY[status]}${by === undefined ? '' : ` (by ${inline(by)})`}`;

function sourceLine(s: ResolvedSource): string {
  const supports = ` Supports: ${s.supports.join(', ')}.`;
  if (s.kind === 'seed')
    return `\`${s.seed}\`, “${inline(s.headline)}”, ${inline(s.outlet)}. Quote: “${inline(s.quote)}”.${supports}`;
  const note = s.note === undefined ? '' : ` ${inline(s.note)}`;
  const quote = s.quote === undefined ? '' : ` Quote: “${inline(s.quote)}”.`;
  return `Reference: ${inline(s.name)}${s.url === undefined ? '' : ` <${s.url}>`}.${note}${quote}${supports}`;
}

const refs = (indexes: readonly number[]): string => indexes.map((i) => `[${i + 1}]`).join('');

function renderEvent(e: StoryEventProperties, sources: ResolvedSource[]): string[] {
  const out = [`### ${inline(e.title)}${e.context ? ' *(background)*' : ''}`, ''];
  out.push(`- **When:** ${span(e.date, e.end, e.time)}${e.timeZone === undefined ? '' : ` (${e.timeZone})`}`);
  out.push(`- **Where:** ${inline(e.placeName)} (${e.placeType}; \`${e.placeId}\`)`);
  out.push(`- **Category:** ${e.category}`);
  out.push(`- **Certainty:** ${certaintyLine(e.certainty, e.certaintyBy)}`);
  if (e.note !== undefined) out.push(`- **Note:** ${inline(e.note)}`);
  for (const c of e.changes ?? [])
    out.push(`- **${c.kind === 'addition' ? 'Added' : 'Corrected'} ${longDate(c.date)}:** see correction ${c.n} above`);
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
      const by = r.by === undefined ? '' : ` (by ${inline(r.by)})`;
      const withdrawn = r.withdrawn ? ' **Published, then withdrawn.**' : '';
      out.push(`- ${when}${inline(r.summary)}${value}${by}${withdrawn} ${refs(r.sources)}`);
    }
    out.push('');
  }
  out.push('Sources:', '');
  sources.forEach((s, i) => out.push(`${i + 1}. ${sourceLine(s)}`));
  out.push('');
  return out;
}

/** The story as a readable chronology by day, in Markdown, in its first language. Deterministic: same story, same bytes. */
export function renderChronology(story: Story): string {
  const meta = story.story;
  const lang = meta.languages[0];
  const built = resolveStory(story, lang, { maxBounds: [-180, -90, 180, 90], mapSources: [] });
  const sources = resolveSources(story, lang);
  const places = placesById(story);
  const events = built.features.map((f) => f.properties);
  const out: string[] = [
    `# Chronology: ${inline(built.story.title)}`,
    '',
    '<!-- Generated from geo/story/story.json by `npx tsx geo/story/build-story.ts`. Do not edit by hand. -->',
    '',
    `The story runs from ${longDate(meta.start)} to ${longDate(meta.end)}. Dates and times are local (` +
      `${meta.timeZone} unless an event says otherwise); events marked *background* fall outside that range. Titles ` +
      'and summaries are our own words; the quotes are verbatim from the seed articles, and facts the seeds do not ' +
      'give cite a named public reference. Each source says what it supports: that the event happened, its place, ' +
      'its date, a figure, or only the context. Claims are shown as claims, with who makes them.',
    '',
    `${events.length} events at ${places.size} places.`,
    '',
  ];
  const changelog = resolveChangelog(story, lang);
  if (changelog.length) {
    out.push('## Corrections and additions', '');
    for (const c of changelog) {
      const why = c.reason ? ` ${inline(c.reason)}` : '';
      const refs = c.references.length ? ` (${c.references.map((r) => inline(r.name)).join('; ')})` : '';
      out.push(`${c.n}. ${longDate(c.date)}: ${inline(c.summary)}${why}${refs}`);
    }
    out.push('');
  }

  let day = '';
  for (const e of events) {
    if (e.date !== day) {
      day = e.date;
      out.push(`## ${dayHeading(day)}`, '');
    }
    out.push(...renderEvent(e, sources[e.id]));
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
      `| ${inline(p.name[lang])} (\`${p.id}\`) | ${p.placeType} | ${lon}, ${lat} | ${inline(p.coordinateSource)} | ${inline(p.note?.[lang] ?? '')} |`,
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
