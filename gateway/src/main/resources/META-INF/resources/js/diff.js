// Readable differences between two versions of a record: which fields changed, what was added to or removed from
// a list, and for lists of identified items (measures) which item changed how. Codes read as labels (ASSET_FREEZE ->
// "Asset freeze").
import {term} from './format.js';
import {isCode} from './vocabulary.js';

const human = (v) => (isCode(v) ? term(v) : v);

/** Bookkeeping fields that every change touches: not worth showing as changes. */
export const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt']);

/** Changes from before to after: [{path, kind: 'changed'|'added'|'removed', before, after}]. */
export function diff(before, after, path = '') {
  if (equal(before, after)) {
    return [];
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    return diffLists(before ?? [], after ?? [], path);
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.filter((k) => !(path === '' && IGNORED.has(k)))
      .flatMap((k) => diff(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (isAbsent(before)) {
    return [{path, kind: 'added', after}];
  }
  if (isAbsent(after)) {
    return [{path, kind: 'removed', before}];
  }
  return [{path, kind: 'changed', before, after}];
}

function diffLists(before, after, path) {
  if ([...before, ...after].every((x) => isObject(x) && x.id)) {
    const old = new Map(before.map((x) => [x.id, x]));
    const now = new Map(after.map((x) => [x.id, x]));
    const changes = [];
    for (const [id, item] of now) {
      if (!old.has(id)) {
        changes.push({path, kind: 'added', after: item});
      } else {
        changes.push(...diff(old.get(id), item, `${path}[${describe(item)}]`));
      }
    }
    for (const [id, item] of old) {
      if (!now.has(id)) {
        changes.push({path, kind: 'removed', before: item});
      }
    }
    return changes;
  }
  const key = (x) => JSON.stringify(x);
  const oldKeys = new Set(before.map(key));
  const newKeys = new Set(after.map(key));
  return [
    ...after.filter((x) => !oldKeys.has(key(x))).map((x) => ({path, kind: 'added', after: x})),
    ...before.filter((x) => !newKeys.has(key(x))).map((x) => ({path, kind: 'removed', before: x})),
  ];
}

/** A short human text for a value: names, measures, identifiers and dates read as such, not as JSON. */
export function describe(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length ? value.map(describe).join('; ') : '(none)';
  }
  if (!isObject(value)) {
    return String(human(value));
  }
  if (value.fullName) {
    return [value.fullName, human(value.type), value.script].filter(Boolean).join(' · ');
  }
  if (value.program && value.type) {
    return [value.program, human(value.type), human(value.status)].filter(Boolean).join(' · ');
  }
  if (value.number) {
    return [human(value.type), value.number, value.country].filter(Boolean).join(' · ');
  }
  if (value.date || value.from || value.to) {
    return [value.date ?? `${value.from ?? '?'} to ${value.to ?? '?'}`, value.circa ? 'circa' : ''].filter(Boolean).join(' ');
  }
  if (value.authority && (value.list || value.sourceId)) {
    return [value.authority, value.list, value.sourceId].filter(Boolean).join(' · ');
  }
  return Object.entries(value).filter(([, v]) => v !== null && v !== '' && !isObject(v))
    .map(([k, v]) => `${k}: ${human(v)}`).join(', ');
}

function isObject(x) {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function isAbsent(x) {
  return x === null || x === undefined || x === '';
}

function equal(a, b) {
  return JSON.stringify(a) === JSON.stringify(b) || (isAbsent(a) && isAbsent(b));
}
