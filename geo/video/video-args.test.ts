import { describe, expect, it } from 'vitest';
import { parseVideoArgs } from './video-args.ts';

describe('npm run video: its command line', () => {
  it.each([
    [
      'the least: a file to write, the defaults for the rest',
      ['--out', 'crisis.mp4'],
      { out: 'crisis.mp4', ask: { size: 'square', format: 'mp4', pace: 2, fps: 30 } },
    ],
    [
      'a story, a size in pixels, a slow GIF of some days, in Kazakh and dark',
      [
        'events.csv',
        '--out',
        'a.GIF',
        '--size',
        '1080x1920',
        '--pace',
        '0.5',
        '--fps',
        '24',
        '--from',
        '2022-01-04',
        '--to',
        '2022-01-07',
        '--lang',
        'kk',
        '--theme',
        'dark',
      ],
      {
        story: 'events.csv',
        out: 'a.GIF',
        ask: { size: 'portrait', format: 'gif', pace: '0.5', fps: '24', from: '2022-01-04', to: '2022-01-07' },
        lang: 'kk',
        theme: 'dark',
      },
    ],
  ])('reads %s', (_, argv, expected) => {
    expect(parseVideoArgs(argv)).toEqual(expected);
  });

  it.each([
    ['no file to write', [], '--out <file> is required'],
    ['a format it does not make', ['--out', 'a.avi'], "--out a.avi: the file's extension must be .mp4, .webm or .gif"],
    ['a size it is not made for', ['--out', 'a.mp4', '--size', '640x480'], 'size "640x480" is not one of square'],
    ['too fast', ['--out', 'a.mp4', '--pace', '20'], 'pace "20" is not a number of days a second from 0.25 to 8'],
    ['not a pace', ['--out', 'a.mp4', '--pace', 'fast'], 'pace "fast"'],
    ['a frame rate it does not make', ['--out', 'a.mp4', '--fps', '60'], 'frame rate "60" is not one of 24, 25, 30'],
    ['a language the map does not speak', ['--out', 'a.mp4', '--lang', 'de'], '--lang "de" is not one of en, ru, kk'],
    ['a theme it has not', ['--out', 'a.mp4', '--theme', 'sepia'], '--theme "sepia" is not one of light, dark'],
    ['two stories', ['a.csv', 'b.csv', '--out', 'a.mp4'], 'one story only'],
    ['an option it does not know', ['--out', 'a.mp4', '--speed', '2'], "Unknown option '--speed'"],
  ])('refuses %s, saying what and how to call it', (_, argv, message) => {
    const result = parseVideoArgs(argv);
    expect(result).toHaveProperty('error');
    const { error } = result as { error: string };
    expect(error).toContain(message);
    expect(error).toContain('usage: npm run video --');
  });
});
