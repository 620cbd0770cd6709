import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStoryArgs, runStoryCommand, USAGE } from './story-command.ts';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-story-command-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command; what it printed, and its exit code. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStoryCommand(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

describe('parseStoryArgs', () => {
  it.each([
    [['events.csv', '--out', 'site'], { input: 'events.csv', out: 'site' }],
    [['--out=site', 'events.csv'], { input: 'events.csv', out: 'site' }],
    [
      ['story.json', '--out', 'site', '--base-url', 'https://example.org/map/'],
      { input: 'story.json', out: 'site', baseUrl: 'https://example.org/map/' },
    ],
  ])('reads %j', (argv, expected) => {
    expect(parseStoryArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no input file'],
    [['a.csv', 'b.csv', '--out', 'site'], 'one input file only'],
    [['a.csv'], '--out <dir> is required'],
    [['a.csv', '--out', 'site', '--outdir', 'x'], "Unknown option '--outdir'"],
    [['a.csv', '--out', 'site', '--base-url', 'example.org'], '--base-url: "example.org" should be an http(s) URL'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseStoryArgs(argv);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toContain(message);
  });

  it('shows how to call it with an argument error', () => {
    expect((parseStoryArgs([]) as { error: string }).error).toContain(USAGE);
  });
});

describe('npm run story with a broken spreadsheet', () => {
  it('lists every problem with its row, column and value, builds nothing and exits 1', async () => {
    const csv = join(tmp, 'broken.csv');
    writeFileSync(
      csv,
      [
        'date,title,place,country,lat,lon,certainty',
        '2022-04-01,Fine,,,6.9,79.8,confirmed',
        '2022-13-01,Bad date,,,6.9,79.8,',
        '2022-04-02,Nowhere,Qwertyville,,,,',
        '2022-04-03,Too many,Springfield,,,,',
        '2022-04-04,Unsure,,,6.9,79.8,maybe',
      ].join('\n'),
    );
    const out = join(tmp, 'site-broken');
    const { code, err } = await run([csv, '--out', out]);
    expect(code).toBe(1);
    expect(err[0]).toBe(`${csv}: 4 problems, nothing was built:`);
    expect(err[1]).toMatch(/^ {2}row 3, date: "2022-13-01" /);
    expect(err[2]).toMatch(/^ {2}row 4, place: "Qwertyville" not found/);
    expect(err[3]).toMatch(/^ {2}row 5, place: "Springfield" is ambiguous: Springfield \(US, [\d,]+\), /);
    expect(err[4]).toMatch(/^ {2}row 6, certainty: "maybe" /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a disputed row by its row, not by an id the editor never wrote', async () => {
    const csv = join(tmp, 'disputed.csv');
    writeFileSync(csv, 'date,title,lat,lon,certainty\n2022-04-01,Contested,6.9,79.8,disputed\n');
    const { code, err } = await run([csv, '--out', join(tmp, 'site-disputed')]);
    expect(code).toBe(1);
    expect(err[1]).toMatch(/^ {2}row 2, certainty: "disputed" needs rival accounts/);
  });

  it.each([
    ['a missing file', 'nowhere.csv', /no such file/],
    ['an empty file', 'empty.csv', /empty/i],
  ])('says so for %s', async (_, name, message) => {
    if (name === 'empty.csv') writeFileSync(join(tmp, name), '');
    const { code, err } = await run([join(tmp, name), '--out', join(tmp, 'site-none')]);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(existsSync(join(tmp, 'site-none'))).toBe(false);
  });

  it('refuses to empty a folder that is not a built site', async () => {
    const folder = join(tmp, 'my-documents');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    const { code, err } = await run([join(tmp, 'broken.csv'), '--out', folder]);
    expect(code).toBe(2);
    expect(err[0]).toContain('refusing to empty it');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
