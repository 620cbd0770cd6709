/** Types for the untyped packages the geo and site builds use. */
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon, within `precision`; `distance` is its distance to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}

declare module 'osm-read' {
  export interface OsmNode {
    id: string;
    lat: number;
    lon: number;
    tags: Record<string, string>;
  }
  export interface OsmWay {
    id: string;
    tags: Record<string, string>;
    nodeRefs: string[];
  }
  export interface OsmRelation {
    id: string;
    tags: Record<string, string>;
    members: { type: 'node' | 'way' | 'relation'; ref: string; role: string }[];
  }
  export function parse(options: {
    filePath: string;
    format?: 'pbf' | 'xml';
    node?: (node: OsmNode) => void;
    way?: (way: OsmWay) => void;
    relation?: (relation: OsmRelation) => void;
    endDocument?: () => void;
    error?: (message: unknown) => void;
  }): unknown;
  const osmread: { parse: typeof parse };
  export default osmread;
}

declare module 'fontverter' {
  /** Converts a font between formats (WOFF2 to TrueType for resvg, which reads no WOFF2). */
  export function convert(font: Uint8Array, to: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Uint8Array>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
