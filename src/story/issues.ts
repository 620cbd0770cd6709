/** Valibot's issues as messages an editor can act on: the field's path, then what is wrong with it. */
import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** `sources[0].quote`, `geometry.coordinates[1]`, `sources["000_x.txt"].headline`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out;
}

function describeIssue(issue: Issue): string {
  const objectLike = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'strict_tuple';
  if (objectLike && issue.expected === 'never') {
    return issue.type === 'strict_tuple' ? 'unexpected extra item' : 'unknown field (check its spelling)';
  }
  if (objectLike && issue.received === 'undefined') return 'required field is missing';
  if (issue.message.startsWith('Invalid ')) return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

/** One message per issue, prefixed with `label` and the field path below `skip` (e.g. `properties`). */
export function issueMessages(label: string, issues: readonly Issue[], skip?: string): string[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    if (skip !== undefined && keys[0] === skip) keys.shift();
    const path = formatPath(keys);
    return `${label}: ${path ? `${path}: ` : ''}${describeIssue(issue)}`;
  });
}
