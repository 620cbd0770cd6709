/**
 * Checks a story's changelog (its record of corrections) against the story: every event and reference
 * a change names must exist. Each message names the change by its place in the list, its date and the
 * start of its summary, so an editor finds it: `story: changelog[3] (2026-12-07, "Dated 28 December…"):
 * events[0]: no event with id "nazarbayev-gone"`.
 */
import type * as v from 'valibot';
import type { StoryMeta } from './schema.ts';
import { issueMessages } from './issues.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `changelog[3] (2026-12-07, "Dated 28 December…")`, from the change as written, however broken. */
export function changeLabel(raw: unknown, index: number): string {
  const change = isRecord(raw) ? raw : {};
  const summary = isRecord(change.summary)
    ? Object.values(change.summary).find((s) => typeof s === 'string')
    : undefined;
  const words = typeof summary === 'string' ? summary.trim() : '';
  const start = words.length > 40 ? `${words.slice(0, 40).trimEnd()}…` : words;
  const parts = [JSON.stringify(change.date ?? null), ...(start ? [JSON.stringify(start)] : [])];
  return `changelog[${index}] (${parts.join(', ')})`;
}

/** Valibot's issues with the story's metadata, a change's issues labelled with the change. */
export function metaIssueMessages(rawMeta: unknown, issues: readonly v.BaseIssue<unknown>[]): string[] {
  const changelog = isRecord(rawMeta) && Array.isArray(rawMeta.changelog) ? rawMeta.changelog : [];
  return issues.flatMap((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    if (keys[0] !== 'changelog' || typeof keys[1] !== 'number') return issueMessages('story', [issue]);
    const label = `story: ${changeLabel(changelog[keys[1]], keys[1])}`;
    const rest = issue.path?.slice(2) ?? [];
    return issueMessages(label, [{ ...issue, path: rest.length ? (rest as typeof issue.path) : undefined }]);
  });
}

/** The changes' references to events and to the story's references. */
export function checkChangelog(meta: StoryMeta, kinds: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  (meta.changelog ?? []).forEach((change, i) => {
    const err = (field: string, message: string) =>
      errors.push(`story: ${changeLabel(change, i)}: ${field}: ${message}`);
    change.events?.forEach((id, j) => {
      const kind = kinds.get(id);
      if (kind !== 'event')
        err(`events[${j}]`, kind ? `"${id}" is a ${kind}, not an event` : `no event with id "${id}"`);
    });
    change.references?.forEach((id, j) => {
      if (!Object.hasOwn(meta.references, id)) err(`references[${j}]`, `"${id}" is not listed in story.references`);
    });
  });
  return errors;
}
