/**
 * What the importers hand to the story pipeline: a neutral list of events, the optional sidecar and
 * every problem found, worded for the editor who has to fix the spreadsheet.
 */
export interface ImportedSource {
  name?: string;
  url?: string;
  quote?: string;
}

export type Certainty = 'confirmed' | 'reported' | 'claimed' | 'disputed';

export interface ImportedPlace {
  name: string;
  country?: string;
  resolvedFrom: 'coordinates' | 'gazetteer';
  geonameId?: number;
  population?: number;
}

export interface ImportedEvent {
  /** The row number the editor sees (header = row 1, first data row = row 2); for GeoJSON, the feature index + 1. */
  row: number;
  /** Kebab-case and unique: the `id` cell if given, else derived from date + title. */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD, not before `date` */
  end?: string;
  /** HH:MM */
  time?: string;
  title: string;
  summary?: string;
  /** An editor's note to readers. */
  note?: string;
  /** Free text as written (trimmed). */
  category?: string;
  lon: number;
  lat: number;
  place?: ImportedPlace;
  sources: ImportedSource[];
  certainty?: Certainty;
  claimedBy?: string;
  /** Columns the importer does not know, in column order, non-empty cells only. */
  extra: { label: string; value: string }[];
}

export interface StorySidecar {
  title?: string;
  description?: string;
  language?: string;
  credits?: string;
  /** The licence of the story's text and data, stated beside its downloads. */
  licence?: { name: string; url?: string };
  /** The methods page's sections; paragraphs are separated by a blank line. Without them, no page. */
  methods?: { title: string; text: string }[];
  /** The corrections list: each change dated, with why, the events it names and its source. */
  changelog?: {
    date: string;
    kind?: 'correction' | 'addition' | 'update';
    summary: string;
    reason?: string;
    events?: string[];
    source?: string;
    url?: string;
  }[];
  /** Countries the story lights, by ISO 3166-1 alpha-2 code: its own overlay (none when absent). */
  highlight?: string[];
}

export interface ImportResult {
  events: ImportedEvent[];
  sidecar: StorySidecar;
  errors: string[];
}

/** Reports work done so far; called about every 5 % and once at the end. */
export type Progress = (done: number, total: number) => void;

/** One record before validation: a CSV data row or a GeoJSON feature's properties, cells as text. */
export interface RawRecord {
  row: number;
  fields: RawField[];
  /** Coordinates that came with the record (a GeoJSON Point geometry); they take the place of lat/lon cells. */
  point?: { lon: number; lat: number };
}

export interface RawField {
  /** The column name as written in the header (trimmed). */
  column: string;
  value: string;
}
