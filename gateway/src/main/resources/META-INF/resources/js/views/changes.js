// One audit event made readable: what changed (from the before/after states, or the event's own diff), who did it,
// when, and why. Used by the party history timeline and by the auditors' change log.
import {IGNORED, describe, diff} from '../diff.js';
import {h} from '../dom.js';
import {actor, instant, label} from '../format.js';

/** The list of changes an event carries, as a <ul>, or a note when it carries none. */
export function changesView(event) {
  const changes = changesOf(event);
  if (!changes.length) {
    return h('p', {class: 'muted'}, event.action === 'PARTY_CREATED' ? 'Created.' : 'No field-level changes recorded.');
  }
  return h('ul', {class: 'diff'}, changes.map(changeItem));
}

/** A timeline entry for a party's history. */
export function historyEntry(event) {
  return h('li', {class: 'event'},
    h('div', {class: 'event-head'},
      h('span', {class: 'action'}, label(event.action)),
      event.version !== undefined ? h('span', {class: 'badge'}, `v${event.version}`) : null,
      h('time', {datetime: event.time ?? ''}, instant(event.time)),
      h('span', {class: 'actor'}, 'by ', h('strong', {}, actor(event) || 'unknown')),
      event.seq !== undefined ? h('span', {class: 'muted'}, `#${event.seq}`) : null),
    event.reason ? h('blockquote', {class: 'reason'}, event.reason) : null,
    changesView(event));
}

export function changesOf(event) {
  const before = event.before ?? null;
  const after = event.after ?? event.party ?? null;
  if (before || after) {
    return diff(before ?? {}, after ?? {});
  }
  const list = Array.isArray(event.diff) ? event.diff : Array.isArray(event.changes) ? event.changes : [];
  return list.map((d) => {
    const old = d.before ?? d.from ?? d.old ?? d.oldValue;
    const now = d.after ?? d.to ?? d.new ?? d.newValue ?? d.value;
    const op = String(d.op ?? '').toLowerCase();
    const kind = op === 'add' || (old === undefined && now !== undefined) ? 'added'
      : op === 'remove' || (now === undefined && old !== undefined) ? 'removed' : 'changed';
    return {path: String(d.path ?? d.field ?? '').replace(/^\//, '').replace(/\//g, '.'), kind, before: old, after: now};
  }).filter((c) => !IGNORED.has(c.path));
}

function changeItem(c) {
  const path = h('span', {class: 'path'}, prettyPath(c.path));
  if (c.kind === 'added') {
    return h('li', {class: 'added'}, h('span', {class: 'sign', 'aria-label': 'added'}, '+ '), path, ': ',
      h('ins', {dir: 'auto'}, describe(c.after)));
  }
  if (c.kind === 'removed') {
    return h('li', {class: 'removed'}, h('span', {class: 'sign', 'aria-label': 'removed'}, '− '), path, ': ',
      h('del', {dir: 'auto'}, describe(c.before)));
  }
  return h('li', {class: 'changed'}, h('span', {class: 'sign', 'aria-label': 'changed'}, '~ '), path, ': ',
    h('del', {dir: 'auto'}, describe(c.before)), ' → ', h('ins', {dir: 'auto'}, describe(c.after)));
}

/** names.0.fullName -> "names #1 › fullName" (JSON Pointer indexes count from 0, people from 1). */
function prettyPath(path) {
  return (path || '(record)').split(/\.(?![^[]*\])/).map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part))
    .join(' › ').replace(/ › #/g, ' #');
}
