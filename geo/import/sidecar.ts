import countryCodes from 'i18n-iso-countries';
import { quote } from './messages.ts';
import type { StorySidecar } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

const TEXT_KEYS = ['title', 'description', 'language', 'credits'] as const;
const KEYS = [...TEXT_KEYS, 'highlight'] as const;
const isKey = (k: string): k is (typeof KEYS)[number] => (KEYS as readonly string[]).includes(k);

// A primary language of 2–3 letters and optional subtags: "si", "en-GB", "zh-Hant"; not "english".
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Reads the optional `<input>.json` beside the events: what the story is called and by whom, and the
 * countries it lights (`highlight`). Every other member is text; an unknown key is refused rather than ignored, since it is most likely a typo
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
    if (!isKey(key)) {
      errors.push(`${fileName}: unknown key ${quote(key)} (known: ${KEYS.join(', ')})`);
      continue;
    }
    if (key === 'highlight') {
      const codes = highlightCodes(value, fileName);
      if ('error' in codes) errors.push(codes.error);
      else if (codes.list.length) sidecar.highlight = codes.list;
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
    sidecar[key as (typeof TEXT_KEYS)[number]] = key === 'language' ? Intl.getCanonicalLocales(text)[0] : text;
  }
  return { sidecar, errors };
}

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
