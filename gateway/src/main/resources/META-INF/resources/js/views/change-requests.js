// Change requests (maker-checker, issue 16): editors' writes held for a second editor. Everyone who reads the
// registry sees the queue with each request's diff; an editor other than the maker approves (reason optional) or
// rejects (reason required); the maker may withdraw. GET /api/v1/change-requests, POST .../{id}/{decision}.
import {itemsOf} from '../api.js';
import {actionButton, empty, pageHeading, problemBox} from '../components.js';
import {append, field, h, replace, select} from '../dom.js';
import {instant, label, primaryName} from '../format.js';
import {formDialog} from '../dialog.js';
import {changesView} from './changes.js';

const STATES = [['PENDING', 'Pending'], ['APPLIED', 'Applied'], ['REJECTED', 'Rejected'], ['WITHDRAWN', 'Withdrawn'],
  ['STALE', 'Stale (the party changed)'], ['', 'All']];

export async function changeRequestsView(ctx, el) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const state = params.get('state') ?? 'PENDING';
  const picker = select({name: 'state', id: 'change-request-state'}, STATES, state);
  picker.addEventListener('change', () => ctx.navigate(`#/change-requests${picker.value ? `?state=${picker.value}` : '?state='}`));
  const list = h('ol', {class: 'change-requests', id: 'change-requests'});
  const more = h('div', {class: 'pager'});
  replace(el, pageHeading('Change requests'),
    h('p', {class: 'muted'}, 'Writes held for a second editor (maker-checker). A request takes effect only when an '
      + 'editor other than its maker approves it; it goes stale when the party changes meanwhile.'),
    h('form', {class: 'inline-form', role: 'search'}, field('State', picker)), list, more);
  await page(ctx, state, null, list, more);
}

async function page(ctx, state, cursor, list, more) {
  try {
    const data = await ctx.api.get('/api/v1/change-requests', {state: state || undefined, cursor: cursor ?? undefined,
      limit: 20});
    const items = itemsOf(data);
    if (!items.length && !cursor) {
      replace(list, empty(state ? `No ${label(state).toLowerCase()} change requests.` : 'No change requests.'));
    }
    append(list, items.map((r) => requestCard(ctx, r)));
    replace(more, data?.nextCursor ? actionButton('Show more', () => page(ctx, state, data.nextCursor, list, more),
      {id: 'change-requests-more'}) : null);
  } catch (error) {
    replace(more, problemBox(error, 'The change requests could not be loaded'));
  }
}

function requestCard(ctx, r) {
  const party = r.diff?.after ?? r.diff?.before ?? null;
  const name = party ? primaryName(party) : (r.partyId ?? 'new party');
  const mine = r.maker?.subject && r.maker.subject === ctx.me.subject;
  const actions = h('div', {class: 'actions'});
  if (r.state === 'PENDING' && ctx.caps.edit) {
    if (mine) {
      append(actions, [h('span', {class: 'muted'}, 'Yours: a second editor must decide it. '),
        actionButton('Withdraw', () => decide(ctx, r, 'withdrawal', false), {class: 'withdraw'})]);
    } else {
      append(actions, [actionButton('Approve', () => decide(ctx, r, 'approval', false), {class: 'primary approve'}),
        actionButton('Reject', () => decide(ctx, r, 'rejection', true), {class: 'danger reject'})]);
    }
  }
  return h('li', {class: `card change-request state-${String(r.state).toLowerCase()}`, 'data-request-id': r.id},
    h('div', {class: 'event-head'},
      h('span', {class: 'action'}, label(r.kind)),
      h('span', {class: 'badge'}, label(r.state)),
      r.partyId ? h('a', {href: `#/parties/${r.partyId}`, dir: 'auto'}, name) : h('span', {dir: 'auto'}, name),
      r.baseVersion !== null && r.baseVersion !== undefined ? h('span', {class: 'muted'}, `on version ${r.baseVersion}`)
        : null),
    signature('Made by', r.maker),
    r.checker ? signature(r.state === 'WITHDRAWN' ? 'Withdrawn by' : r.state === 'REJECTED' ? 'Rejected by'
      : 'Decided by', r.checker) : null,
    r.resultVersion ? h('p', {class: 'muted'}, `Applied as version ${r.resultVersion}.`) : null,
    changesView({action: r.kind === 'CREATE_PARTY' ? 'PARTY_CREATED' : r.kind, before: r.diff?.before ?? null,
      after: r.diff?.after ?? null}),
    actions);
}

function signature(what, s) {
  if (!s) {
    return null;
  }
  return h('p', {class: 'signature'}, `${what} `, h('strong', {}, s.username ?? s.subject ?? 'unknown'),
    s.at ? ` on ${instant(s.at)}` : '', s.reason ? [': ', h('q', {}, s.reason)] : '');
}

function decide(ctx, r, decision, reasonRequired) {
  const titles = {approval: 'Approve the change', rejection: 'Reject the change', withdrawal: 'Withdraw your change'};
  const reason = h('textarea', {maxlength: '1000', rows: '3', name: 'reason', id: 'decision-reason',
    required: reasonRequired});
  formDialog({id: 'decision-dialog', title: titles[decision], submitLabel: label(decision === 'approval' ? 'APPROVE'
    : decision === 'rejection' ? 'REJECT' : 'WITHDRAW'), danger: decision !== 'approval',
  fields: [h('p', {}, decision === 'approval' ? 'The change is applied as shown, under your name and the maker\'s.'
    : 'Nothing is applied.'),
  field(reasonRequired ? 'Reason (required, kept in the record)' : 'Reason (optional, kept in the record)', reason)],
  onSubmit: async () => {
    const text = reason.value.trim();
    const answer = await ctx.api.request(`/api/v1/change-requests/${r.id}/${decision}`, {method: 'POST',
      json: text ? {reason: text} : {}});
    const done = answer.data?.state ?? '';
    ctx.notify(decision === 'approval' ? `Approved: applied as version ${answer.data?.resultVersion ?? '?'}.`
      : `Change request ${label(done).toLowerCase()}.`, 'success');
    ctx.reload();
    return true;
  }});
}
