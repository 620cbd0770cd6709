import type { Position } from 'geojson';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * The stretch of a closed ring that two countries share.
 *
 * A topological mesh of two polygons only keeps the arcs whose vertices both polygons hold, so where
 * the source digitised the two sides separately the mesh breaks into pieces a few km apart. Instead
 * of bridging those gaps with straight lines, this follows the first country's own ring from the
 * first shared vertex to the last: the shortest cyclic stretch of the ring that contains every
 * shared vertex (the complement of the longest run of unshared ones).
 */
export function sharedStretch(ring: Position[], shared: Iterable<Position>): Position[] {
  const sharedKeys = new Set<string>();
  for (const p of shared) sharedKeys.add(key(p));
  const closed = ring.length > 1 && key(ring[0]) === key(ring[ring.length - 1]);
  const n = closed ? ring.length - 1 : ring.length;
  const marked: number[] = [];
  for (let i = 0; i < n; i++) if (sharedKeys.has(key(ring[i]))) marked.push(i);
  if (marked.length < 2)
    throw new Error(`the ring shares ${marked.length} vertex with the other country: no border to follow`);

  let widestGap = -1;
  let gapAt = 0;
  for (let k = 0; k < marked.length; k++) {
    const gap = (marked[(k + 1) % marked.length] - marked[k] + n) % n || n;
    if (gap > widestGap) [widestGap, gapAt] = [gap, k];
  }
  const start = marked[(gapAt + 1) % marked.length];
  const end = marked[gapAt];
  const path: Position[] = [];
  for (let i = start; ; i = (i + 1) % n) {
    path.push(ring[i]);
    if (i === end) break;
  }
  return path;
}

/** Drops the vertices at the start or end of a path while `isOff` holds (e.g. a maritime stretch). */
export function trimEnds(path: Position[], isOff: (p: Position) => boolean): Position[] {
  let first = 0;
  let last = path.length - 1;
  while (first <= last && isOff(path[first])) first++;
  while (last >= first && isOff(path[last])) last--;
  return path.slice(first, last + 1);
}
