import type { CyclesResult, ScrollResult } from './embedding.ts';
import type { FirstRenderResult } from './first-render.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { MemoryResult } from './memory.ts';
import type { PlaybackResult } from './playback.ts';
import type { ScrubResult } from './scrub.ts';
import type { StaticStepsResult } from './static-steps.ts';
import type { FarResult, GuestWeight, ReachResult } from './guest.ts';
import type { WeightResult } from './weight.ts';
import type { VideoResult } from './video.ts';

/** One of the targets: met, missed, or (`null`) only reported. */
export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

export interface Results {
  date: string;
  durationSeconds: number;
  machine: Machine;
  settings: {
    viewport: { width: number; height: number };
    firstRenderRuns: number;
    scrubSteps: Record<string, number[]>;
    playbackRuns: number;
    playbackSeconds: number;
    memoryPlaybacks: number;
    lighthouseRuns: number;
    lighthouseVersion: string;
    seed: number;
    /** Pages opened and closed with no request off 127.0.0.1 and no page error. */
    pagesCheckedClean: number;
  };
  weight: WeightResult;
  firstRender: FirstRenderResult;
  scrub: ScrubResult[];
  playback: PlaybackResult[];
  memory: MemoryResult;
  /** The element as a guest in an article: attach and detach cycles, and scrolling a story's steps. */
  embedding: { cycles: CyclesResult; scroll: ScrollResult };
  /** A date's step on the static map: the story layer alone against the whole map drawn again. */
  staticSteps: StaticStepsResult;
  /** The map as a light guest: what each article page downloads, the far map's long tasks, the reach. */
  guest: { weights: GuestWeight[]; far: FarResult; reach: ReachResult };
  /** "Download video" of the whole story, timed in the page against the video's own length. */
  video: VideoResult;
  /** Lighthouse mobile on the built pages and the MapLibre-only page, served gzip'd. */
  lighthouse: LighthouseResult[];
  targets: Target[];
}
