// The lists a screening was made against (issue 16, item 4): per list source, the file its last applied import read
// (SHA-256), when it was applied, and what the source is doing now (a newer file awaiting approval, a failing check).
// Shown with screening results (the answer's `sources`) and with recorded evidence (`listSources`).
import {table} from '../components.js';
import {h} from '../dom.js';
import {instant, label} from '../format.js';

const NOTE = {
  AWAITING_APPROVAL: 'a newer file awaits approval',
  IMPORTING: 'a newer file is being imported',
  REJECTED: 'the newest file was rejected',
  FETCH_FAILED: 'the last check failed',
};

/** A collapsible table of the list states, or a sentence when the registry named none. */
export function listStateView(sources, id = 'screened-lists') {
  const list = sources ?? [];
  const pending = list.filter((s) => s.state && s.state !== 'APPLIED').length;
  return h('details', {id, class: 'list-state'},
    h('summary', {}, list.length
      ? `Lists screened against: ${list.map((s) => s.source).join(', ')}${pending ? ` (${pending} with news)` : ''}`
      : 'Lists screened against: no list import recorded (parties entered by hand only)'),
    list.length ? table(['Source', 'File (SHA-256)', 'Applied', 'Import', 'State'], list.map((s) => h('tr', {},
      h('td', {}, s.source ?? ''),
      h('td', {}, h('code', {title: s.fileSha256 ?? ''}, s.fileSha256 ? `${s.fileSha256.slice(0, 16)}…` : '')),
      h('td', {}, instant(s.appliedAt)),
      h('td', {}, h('code', {}, s.importId ? s.importId.slice(0, 8) : '')),
      h('td', {}, label(s.state), NOTE[s.state] ? h('span', {class: 'muted'}, ` (${NOTE[s.state]})`) : null))),
    {class: 'list-state-table'}) : null);
}
