/**
 * Times importStory on a generated 100,000-row CSV (half the rows placed by name through the gazetteer,
 * half by lat/lon, with quoted commas, quotes and line breaks in the text), printing progress as it
 * goes. Run by hand: `npx tsx geo/import/measure.ts [rows]`. Not a unit test: timings depend on the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importStory } from './import.ts';

const rows = Number(process.argv[2] ?? 100_000);
const places = [
  ['Colombo', 'LK'],
  ['Kandy', 'LK'],
  ['Almaty', 'KZ'],
  ['Paris', ''],
  ['Malé', 'MV'],
  ['London', 'GB'],
  ['Springfield', 'US'],
].filter(([name]) => name !== 'Springfield'); // ambiguous even within US: would be an error on every row

const lines = ['date,end,time,title,summary,category,place,country,lat,lon,certainty,source,url,Notes'];
for (let i = 0; i < rows; i++) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const [place, country] = places[i % places.length];
  const byName = i % 2 === 0;
  lines.push(
    [
      `2022-03-${day}`,
      i % 5 === 0 ? `2022-04-${day}` : '',
      i % 3 === 0 ? '14:30' : '',
      `"Event ${i}, with a comma"`,
      `"A summary that says ""something"" about event ${i}.\nIt has a second line."`,
      ['protest', 'government', 'violence'][i % 3],
      byName ? place : '',
      byName ? country : '',
      byName ? '' : (((i * 7) % 160) - 80 + 0.12345).toFixed(5),
      byName ? '' : (((i * 13) % 340) - 170 + 0.54321).toFixed(5),
      'confirmed',
      'Wire',
      `https://example.org/news/${i}`,
      i % 4 === 0 ? `note ${i}` : '',
    ].join(','),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'qantar-measure-'));
const file = join(dir, 'events.csv');
writeFileSync(file, lines.join('\r\n') + '\r\n');
console.log(`${rows.toLocaleString('en-US')} rows, ${(Buffer.byteLength(lines.join('\r\n')) / 1e6).toFixed(1)} MB`);

const start = performance.now();
const seconds = () => ((performance.now() - start) / 1000).toFixed(2);
const result = importStory(file, {
  onProgress: (done, total, phase) => console.log(`${seconds()} s  ${phase} ${Math.round((100 * done) / total)} %`),
});
console.log(
  `${seconds()} s total: ${result.events.length.toLocaleString('en-US')} events, ${result.errors.length} errors`,
);
if (result.errors.length > 0) console.log(result.errors.slice(0, 5));
rmSync(dir, { recursive: true, force: true });
