import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock, type ClockOptions } from './clock.ts';

let frames: number[];
let playing: boolean[];
const clock = (options: Partial<ClockOptions> = {}) =>
  createClock({
    length: 4,
    onFrame: (i) => frames.push(i),
    onPlayingChange: (p) => playing.push(p),
    ...options,
  });

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  playing = [];
});
afterEach(() => vi.useRealTimers());

describe('clock', () => {
  it('steps one frame a second at speed 1 and stops at the end', () => {
    const c = clock();
    c.play();
    vi.advanceTimersByTime(999);
    expect(frames).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(frames).toEqual([1]);
    vi.advanceTimersByTime(10_000);
    expect(frames).toEqual([1, 2, 3]);
    expect(c.playing).toBe(false);
    expect(playing).toEqual([true, false]);
  });

  it('loops when asked', () => {
    const c = clock({ loop: true, speed: 4 });
    c.play();
    vi.advanceTimersByTime(1500);
    expect(frames).toEqual([1, 2, 3, 0, 1, 2]);
    expect(c.playing).toBe(true);
  });

  it('pauses and resumes where it was', () => {
    const c = clock({ speed: 2 });
    c.play();
    vi.advanceTimersByTime(500);
    c.pause();
    vi.advanceTimersByTime(5000);
    expect(frames).toEqual([1]);
    c.toggle();
    vi.advanceTimersByTime(500);
    expect(frames).toEqual([1, 2]);
  });

  it('starts again from the first frame when played at the end', () => {
    const c = clock();
    c.seek(3);
    c.play();
    expect(frames).toEqual([3, 0]);
  });

  it.each([
    [-5, 0],
    [2.4, 2],
    [99, 3],
  ])('seek(%s) lands on %s', (to, expected) => {
    const c = clock();
    c.seek(to);
    expect(c.index).toBe(expected);
  });

  it('changes speed mid-play', () => {
    const c = clock();
    c.play();
    c.setSpeed(4);
    vi.advanceTimersByTime(250);
    expect(frames).toEqual([1]);
    expect(() => c.setSpeed(0)).toThrow(RangeError);
  });

  it('stops its timer when destroyed', () => {
    const c = clock();
    c.play();
    c.destroy();
    vi.advanceTimersByTime(10_000);
    expect(frames).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
