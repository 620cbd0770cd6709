import { describe, expect, it } from 'vitest';
import { readVideoOptions, videoDays, videoLength, videoSizeName, videoSpan, STILL_SECONDS } from './video-options.ts';

const story = { start: '2022-01-02', end: '2022-01-19' };

describe('readVideoOptions', () => {
  it('fills what is not asked: a square MP4 of the whole story at a day a second, 30 frames a second', () => {
    expect(readVideoOptions({}, story)).toEqual({
      options: {
        size: { width: 1080, height: 1080 },
        pace: 1,
        fps: 30,
        from: '2022-01-02',
        to: '2022-01-19',
        format: 'mp4',
      },
    });
  });

  it.each([
    { ask: { size: 'portrait' }, size: { width: 1080, height: 1920 } },
    { ask: { size: '1920x1080' }, size: { width: 1920, height: 1080 } },
    { ask: { size: '1080x1080' }, size: { width: 1080, height: 1080 } },
  ])('reads the size $ask.size', ({ ask, size }) => {
    const read = readVideoOptions(ask, story);
    expect('options' in read && read.options.size).toEqual(size);
  });

  it.each([
    { ask: { size: '640x480' }, error: 'size "640x480" is not one of square (1080x1080), portrait (1080x1920)' },
    { ask: { size: 'huge' }, error: 'size "huge" is not one of' },
    { ask: { pace: '0.1' }, error: 'pace "0.1" is not a number of days a second from 0.25 to 8' },
    { ask: { pace: 'fast' }, error: 'pace "fast" is not a number' },
    { ask: { pace: 9 }, error: 'pace "9"' },
    { ask: { fps: '60' }, error: 'frame rate "60" is not one of 24, 25, 30 frames a second' },
    { ask: { from: '2022-01-01' }, error: 'from 2022-01-01 is outside the story (2022-01-02 to 2022-01-19)' },
    { ask: { to: '2022-02-01' }, error: 'to 2022-02-01 is outside the story' },
    { ask: { from: '5 January' }, error: 'from "5 January" is not a date (YYYY-MM-DD)' },
    { ask: { from: '2022-01-10', to: '2022-01-05' }, error: 'to 2022-01-05 is before from 2022-01-10' },
    { ask: { format: 'avi' }, error: 'format "avi" is not one of mp4, webm, gif' },
  ])('refuses $ask with a message naming the value', ({ ask, error }) => {
    const read = readVideoOptions(ask, story);
    expect('errors' in read && read.errors.join('\n')).toContain(error);
  });

  it('names every problem at once', () => {
    const read = readVideoOptions({ size: 'x', pace: 0, fps: 1, format: 'mov' }, story);
    expect('errors' in read && read.errors).toHaveLength(4);
  });
});

describe('videoDays and videoLength', () => {
  it.each([
    // 18 days at 2 a second, 30 frames a second: 15 frames a day, 9 seconds.
    { o: { from: '2022-01-02', to: '2022-01-19', pace: 2, fps: 30 }, days: 18, frames: 270, seconds: 9 },
    // A day every four seconds.
    { o: { from: '2022-01-05', to: '2022-01-06', pace: 0.25, fps: 24 }, days: 2, frames: 192, seconds: 8 },
    // 25 / 8 frames a day is not whole: the days share the frames so the whole keeps its pace.
    { o: { from: '2022-01-02', to: '2022-01-09', pace: 8, fps: 25 }, days: 8, frames: 25, seconds: 1 },
    // One day: a still of STILL_SECONDS, not an error.
    { o: { from: '2022-01-05', to: '2022-01-05', pace: 2, fps: 30 }, days: 1, frames: 90, seconds: STILL_SECONDS },
  ])('$o.from to $o.to at $o.pace days a second: $frames frames', ({ o, days, frames, seconds }) => {
    const list = videoDays(o);
    expect(list).toHaveLength(days);
    expect(videoSpan(o)).toBe(days);
    expect(videoLength(o)).toEqual({ frames, seconds });
    // Days follow each other without a gap or an overlap.
    list.forEach((d, i) => i && expect(d.firstFrame).toBe(list[i - 1].firstFrame + list[i - 1].frames));
    expect(list.every((d) => d.frames >= 1)).toBe(true);
  });
});

describe('videoSizeName', () => {
  it.each([
    { raw: 'portrait', name: 'portrait' },
    { raw: '1920x1080', name: 'landscape' },
    { raw: '1080x1080', name: 'square' },
    { raw: '1080x1081', name: undefined },
    { raw: 'big', name: undefined },
  ])('$raw → $name', ({ raw, name }) => expect(videoSizeName(raw)).toBe(name));
});
