/**
 * What a video of the story is asked to be, checked: its size (for the places it goes), its pace in
 * days a second, its frames a second, its first and last day, and its format. Pure: the page's dialog
 * and `npm run video` read the same rules and say the same words when a value is out of bounds.
 */
import { daysBetween, eachDay, isIsoDate } from '../model/dates.ts';

/** The sizes a newsroom posts: a square feed post, a phone's story, a landscape player. */
export const VIDEO_SIZES = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
export type VideoSizeName = keyof typeof VIDEO_SIZES;

export const VIDEO_FORMATS = ['mp4', 'webm', 'gif'] as const;
export type VideoFormat = (typeof VIDEO_FORMATS)[number];

/** Days a second, from a day every four seconds to eight days a second. */
export const PACE = { min: 0.25, max: 8 } as const;
/** Frames a second. */
export const FRAME_RATES = [24, 25, 30] as const;
/** A story of one day is a still of this many seconds. */
export const STILL_SECONDS = 3;

export interface VideoOptions {
  size: { width: number; height: number };
  /** Days a second. */
  pace: number;
  fps: number;
  from: string;
  to: string;
  format: VideoFormat;
}

export interface VideoAsk {
  size?: string;
  pace?: string | number;
  fps?: string | number;
  from?: string;
  to?: string;
  format?: string;
}

/** A size as asked: a name (`square`) or `1080x1920`; only the sizes the video is made for. */
function readSize(raw: string): VideoOptions['size'] | string {
  const named = VIDEO_SIZES[raw as VideoSizeName];
  if (named) return named;
  const m = /^(\d+)x(\d+)$/.exec(raw);
  const known = Object.entries(VIDEO_SIZES).map(([n, s]) => `${n} (${s.width}x${s.height})`);
  const found = m && Object.values(VIDEO_SIZES).find((s) => s.width === Number(m[1]) && s.height === Number(m[2]));
  return found ?? `size "${raw}" is not one of ${known.join(', ')}`;
}

/** What is wrong with the asked size, pace, frame rate and format: what holds for every story. */
export function videoShapeErrors(ask: VideoAsk): string[] {
  const errors: string[] = [];
  const size = readSize(ask.size ?? 'square');
  if (typeof size === 'string') errors.push(size);
  const pace = Number(ask.pace ?? 1);
  if (!Number.isFinite(pace) || pace < PACE.min || pace > PACE.max)
    errors.push(`pace "${ask.pace}" is not a number of days a second from ${PACE.min} to ${PACE.max}`);
  const fps = Number(ask.fps ?? 30);
  if (!(FRAME_RATES as readonly number[]).includes(fps))
    errors.push(`frame rate "${ask.fps}" is not one of ${FRAME_RATES.join(', ')} frames a second`);
  if (!VIDEO_FORMATS.includes((ask.format ?? 'mp4') as VideoFormat))
    errors.push(`format "${ask.format}" is not one of ${VIDEO_FORMATS.join(', ')}`);
  return errors;
}

/**
 * The options asked, within the story's days (`start`–`end`), or every problem with them, each naming
 * the value and what it may be.
 */
export function readVideoOptions(
  ask: VideoAsk,
  story: { start: string; end: string },
): { options: VideoOptions } | { errors: string[] } {
  const errors = videoShapeErrors(ask);
  const date = (name: 'from' | 'to', fallback: string) => {
    const value = ask[name] || fallback;
    if (!isIsoDate(value)) errors.push(`${name} "${value}" is not a date (YYYY-MM-DD)`);
    else if (value < story.start || value > story.end)
      errors.push(`${name} ${value} is outside the story (${story.start} to ${story.end})`);
    return value;
  };
  const from = date('from', story.start);
  const to = date('to', story.end);
  if (isIsoDate(from) && isIsoDate(to) && to < from) errors.push(`to ${to} is before from ${from}`);
  if (errors.length) return { errors };
  return {
    options: {
      size: readSize(ask.size ?? 'square') as VideoOptions['size'],
      pace: Number(ask.pace ?? 1),
      fps: Number(ask.fps ?? 30),
      from,
      to,
      format: (ask.format ?? 'mp4') as VideoFormat,
    },
  };
}

/** The name of a size asked as a name or as `1080x1920`; undefined when it is neither. */
export function videoSizeName(raw: string): VideoSizeName | undefined {
  const size = readSize(raw);
  if (typeof size === 'string') return undefined;
  return (Object.keys(VIDEO_SIZES) as VideoSizeName[]).find((n) => VIDEO_SIZES[n] === size);
}

/** One day of the video: its date, its first frame and how many frames it holds. */
export interface VideoDay {
  date: string;
  firstFrame: number;
  frames: number;
}

/**
 * The days of the video, frame by frame at `fps`: each day holds `fps / pace` frames (rounded so the
 * whole keeps its pace: day i starts at frame round(i·fps/pace)). A video of one day is a still of
 * `STILL_SECONDS`, not an error.
 */
export function videoDays(o: Pick<VideoOptions, 'from' | 'to' | 'pace' | 'fps'>): VideoDay[] {
  const days = eachDay(o.from, o.to);
  const perDay = days.length === 1 ? STILL_SECONDS * o.fps : o.fps / o.pace;
  const start = (i: number) => Math.round(i * perDay);
  return days.map((date, i) => ({ date, firstFrame: start(i), frames: start(i + 1) - start(i) }));
}

/** The video's length: frames and seconds. */
export function videoLength(o: Pick<VideoOptions, 'from' | 'to' | 'pace' | 'fps'>): {
  frames: number;
  seconds: number;
} {
  const days = videoDays(o);
  const frames = days.reduce((n, d) => n + d.frames, 0);
  return { frames, seconds: frames / o.fps };
}

/** The number of days the video spans. */
export const videoSpan = (o: Pick<VideoOptions, 'from' | 'to'>): number => daysBetween(o.from, o.to) + 1;
