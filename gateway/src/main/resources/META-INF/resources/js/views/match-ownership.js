// The ownership rule's result for a matched party (issue 17, item 4): whether its listed owners or controllers block
// it under the US, EU and UK rules, and the path that proves it, from the listed owner down to the matched party.
import {badge} from '../components.js';
import {h} from '../dom.js';
import {JURISDICTIONS, shareText, verdictText} from './ownership.js';

/** The result per jurisdiction with its paths, or null when nobody owns or controls the party. */
export function matchOwnershipView(result) {
  if (!result) {
    return null;
  }
  const rows = JURISDICTIONS.filter((j) => result[j]).map((j) => [j, result[j]]);
  const blocked = rows.filter(([, d]) => d.blocked === true).map(([j]) => j);
  return h('div', {class: 'ownership-result'},
    h('p', {}, h('strong', {}, 'Ownership rule: '), blocked.length
      ? [badge(`Blocked through its owners (${blocked.join(', ')})`, 'hit')]
      : 'not blocked through its owners'),
    h('ul', {class: 'ownership-jurisdictions'}, rows.map(([j, d]) => h('li', {class: `ownership-${j.toLowerCase()}`},
      h('strong', {}, j), ': ', verdictText(d),
      d.aggregateShare !== null && d.aggregateShare !== undefined && Number(d.aggregateShare) > 0
        ? ` · ${d.aggregateShare}% held by blocked persons` : '',
      d.controlled ? ' · through control' : '',
      (d.paths ?? []).length ? h('ol', {class: 'ownership-paths'}, d.paths.map(pathView)) : null,
      (d.notes ?? []).length ? h('p', {class: 'muted'}, d.notes.join(' ')) : null))));
}

/** One path: the listed owner with its programs, then each holding down to the matched party. */
function pathView(path) {
  if (!path.length) {
    return h('li', {}, '');
  }
  const top = path[0];
  const parts = [h('span', {class: 'path-owner', dir: 'auto'}, top.listedName ?? top.ownerName ?? top.owner),
    (top.programs ?? []).length ? ` (${top.programs.join(', ')})` : ''];
  for (const step of path) {
    const share = shareText(step.share) ? ` ${shareText(step.share)}%` : '';
    parts.push(` → ${step.controls ? 'controls' : 'owns'}${share} → `,
      h('span', {class: 'path-owned', dir: 'auto'}, step.ownedName ?? step.owned));
  }
  return h('li', {class: 'ownership-path'}, parts);
}
