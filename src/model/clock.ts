/**
 * Playback, apart from any component: a clock that steps through `length` frames at a speed,
 * pauses, and loops or stops at the end. Timers are injected so tests drive it with fake time.
 */
export interface ClockOptions {
  length: number;
  /** Frames per second. */
  speed?: number;
  loop?: boolean;
  onFrame: (index: number) => void;
  onPlayingChange?: (playing: boolean) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Clock {
  readonly playing: boolean;
  readonly index: number;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Moves to a frame without changing whether it plays; out-of-range frames are clamped. */
  seek(index: number): void;
  setSpeed(framesPerSecond: number): void;
  setLoop(loop: boolean): void;
  destroy(): void;
}

export const speeds = [0.5, 1, 2, 4] as const;

export function createClock(options: ClockOptions): Clock {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const last = Math.max(0, options.length - 1);
  let speed = options.speed ?? 1;
  let loop = options.loop ?? false;
  let index = 0;
  let playing = false;
  let timer: unknown = null;

  const setPlaying = (value: boolean) => {
    if (playing === value) return;
    playing = value;
    options.onPlayingChange?.(value);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const schedule = () => {
    stopTimer();
    timer = setTimer(tick, 1000 / speed);
  };
  const go = (i: number) => {
    index = i;
    options.onFrame(i);
  };
  function tick() {
    timer = null;
    if (index < last) go(index + 1);
    else if (loop) go(0);
    if (index === last && !loop) setPlaying(false);
    else schedule();
  }

  return {
    get playing() {
      return playing;
    },
    get index() {
      return index;
    },
    play() {
      if (playing || last === 0) return;
      // Playing from the last frame starts again from the first.
      if (index === last) go(0);
      setPlaying(true);
      schedule();
    },
    pause() {
      stopTimer();
      setPlaying(false);
    },
    toggle() {
      if (playing) this.pause();
      else this.play();
    },
    seek(i) {
      const clamped = Math.min(last, Math.max(0, Math.round(i)));
      if (clamped !== index) go(clamped);
      if (playing) schedule();
    },
    setSpeed(fps) {
      if (!(fps > 0)) throw new RangeError(`speed must be above 0, got ${fps}`);
      speed = fps;
      if (playing) schedule();
    },
    setLoop(value) {
      loop = value;
    },
    destroy() {
      stopTimer();
      playing = false;
    },
  };
}
