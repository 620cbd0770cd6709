import countryCodes from 'i18n-iso-countries';
import { parseUrl } from './cells.ts';
import { quote } from './messages.ts';
import type { StorySidecar } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

const TEXT_KEYS = ['title', 'description', 'language', 'credits'] as const;
const KEYS = [...TEXT_KEYS, 'licence', 'methods', 'changelog', 'highlight'] as const;
const isTextKey = (k: string): k is (typeof TEXT_KEYS)[number] => (TEXT_KEYS as readonly string[]).includes(k);

// A primary language of 2–3 letters and optional subtags: "si", "en-GB", "zh-Hant"; not "english".
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Reads the optional `<input>.json` beside the events: what the story is called and by whom, its
 * licence, methods and corrections, and the countries it lights (`highlight`). An unknown key is
 * refused rather than ignored, since it is most likely a typo
 * ("tilte") whose value would silently go missing.
 */
export function readSidecar(bytes: Uint8Array, fileName: string): { sidecar: StorySidecar; errors: string[] } {
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return { sidecar: {}, errors: [`${fileName}: ${decoded.error}`] };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (e) {
    return { sidecar: {}, errors: [`${fileName}: not valid JSON (${(e as Error).message})`] };
  }
  return checkSidecar(json, fileName);
}

export function checkSidecar(json: unknown, fileName: string): { sidecar: StorySidecar; errors: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { sidecar: {}, errors: [`${fileName}: expected an object like {"title": "…", "language": "en"}`] };

  const sidecar: StorySidecar = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (key === 'licence' || key === 'methods' || key === 'changelog') {
      const checked = STRUCTURED[key](value, `${fileName}, ${key}`);
      errors.push(...checked.errors);
      if (checked.errors.length === 0) Object.assign(sidecar, { [key]: checked.value });
      continue;
    }
    if (key === 'highlight') {
      const codes = highlightCodes(value, fileName);
      if ('error' in codes) errors.push(codes.error);
      else if (codes.list.length) sidecar.highlight = codes.list;
      continue;
    }
    if (!isTextKey(key)) {
      errors.push(`${fileName}: unknown key ${quote(key)} (known: ${KEYS.join(', ')})`);
      continue;
    }
    if (typeof value !== 'string') {
      errors.push(`${fileName}, ${key}: must be text, not ${kind(value)}`);
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    if (key === 'language' && !isLanguageTag(text)) {
      errors.push(`${fileName}, language: ${quote(text)} is not a language tag (such as en, si or ta)`);
      continue;
    }
    sidecar[key] = key === 'language' ? Intl.getCanonicalLocales(text)[0] : text;
  }
  return { sidecar, errors };
}

type Checked<T> = { value: T; errors: string[] };

/**
 * Reads an object's members by a plan: each text (required or not), or a list of texts; an unknown
 * member is refused, as at the top. `at` names the object in messages ("events.csv.json, changelog[2]").
 */
function members<K extends string>(
  json: unknown,
  at: string,
  plan: Record<K, 'text' | 'optional' | 'list'>,
): Checked<Partial<Record<K, string | string[]>>> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { value: {}, errors: [`${at}: must be an object, not ${kind(json)}`] };
  const value: Partial<Record<K, string | string[]>> = {};
  const errors: string[] = [];
  for (const [key, v] of Object.entries(json)) {
    if (!(key in plan)) {
      errors.push(`${at}: unknown key ${quote(key)} (known: ${Object.keys(plan).join(', ')})`);
      continue;
    }
    const k = key as K;
    if (plan[k] === 'list') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        errors.push(`${at}, ${key}: must be a list of text, not ${kind(v)}`);
      else value[k] = v.map((x: string) => x.trim()).filter(Boolean);
    } else if (typeof v !== 'string') errors.push(`${at}, ${key}: must be text, not ${kind(v)}`);
    else if (v.trim() !== '') value[k] = v.trim();
  }
  for (const [k, need] of Object.entries(plan) as [K, string][])
    if (need === 'text' && value[k] === undefined) errors.push(`${at}, ${k}: required, and must not be empty`);
  return { value, errors };
}

/** A list whose every item is read by `item`; each item named by its place in the list. */
function listOf<T>(json: unknown, at: string, item: (x: unknown, at: string) => Checked<T>): Checked<T[]> {
  if (!Array.isArray(json)) return { value: [], errors: [`${at}: must be a list, not ${kind(json)}`] };
  const items = json.map((x, i) => item(x, `${at}[${i}]`));
  return { value: items.map((c) => c.value), errors: items.flatMap((c) => c.errors) };
}

/**
 * The sidecar's structured members: the data's licence, the methods page's sections (paragraphs split at
 * blank lines) and the corrections list. A change's date and the events it names are checked with the
 * story (src/story/changes.ts), so each message names the change.
 */
const STRUCTURED = {
  licence: (json: unknown, at: string) => {
    const { value, errors } = members(json, at, { name: 'text', url: 'optional' });
    return { value: value as NonNullable<StorySidecar['licence']>, errors };
  },
  methods: (json: unknown, at: string) =>
    listOf(json, at, (x, itemAt) => {
      const { value, errors } = members(x, itemAt, { title: 'text', text: 'text' });
      return { value: value as { title: string; text: string }, errors };
    }),
  changelog: (json: unknown, at: string) =>
    listOf(json, at, (x, itemAt) => {
      const { value, errors } = members(x, itemAt, {
        date: 'text',
        kind: 'optional',
        summary: 'text',
        reason: 'optional',
        events: 'list',
        source: 'optional',
        url: 'optional',
      });
      const change = value as NonNullable<StorySidecar['changelog']>[number];
      if (change.kind !== undefined && !['correction', 'addition', 'update'].includes(change.kind))
        errors.push(`${itemAt}, kind: ${quote(change.kind)} is not one of correction, addition, update`);
      const url = change.url === undefined ? undefined : parseUrl(change.url);
      if (url && 'problem' in url) errors.push(`${itemAt}, url: ${url.problem}`);
      return { value: change, errors };
    }),
};

/**
 * `"highlight": ["KG"]`: the countries the story lights, by ISO 3166-1 alpha-2 code, each once, as written
 * (in capitals). A name ("Kyrgyzstan") or an unknown code is refused, naming it.
 */
function highlightCodes(value: unknown, fileName: string): { list: string[] } | { error: string } {
  const example = 'a list of country codes such as ["KG"]';
  if (!Array.isArray(value)) return { error: `${fileName}, highlight: must be ${example}, not ${kind(value)}` };
  const list: string[] = [];
  for (const item of value) {
    const code = typeof item === 'string' ? item.trim().toUpperCase() : undefined;
    if (code === undefined || !/^[A-Z]{2}$/.test(code) || !countryCodes.isValid(code))
      return {
        error: `${fileName}, highlight: ${typeof item === 'string' ? quote(item) : kind(item)} is not an ISO 3166-1 country code; give ${example}`,
      };
    if (!list.includes(code)) list.push(code);
  }
  return { list };
}

function isLanguageTag(s: string): boolean {
  if (!LANGUAGE.test(s)) return false;
  try {
    Intl.getCanonicalLocales(s);
    return true;
  } catch {
    return false;
  }
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'boolean') return 'true/false';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
