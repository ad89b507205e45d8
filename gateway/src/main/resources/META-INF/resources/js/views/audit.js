// The change log for review: events newest first (or oldest first), filtered by party name, actor, action and period,
// paged both ways by cursor, each with the party's name, a link to the party as it was after the event, who, when,
// why and what changed; the hash chain's verification status; the same query as a CSV download.
import {itemsOf} from '../api.js';
import {actionButton, badge, empty, labelCells, pageHeading, problemBox, table} from '../components.js';
import {download, field, h, replace, select} from '../dom.js';
import {actor, instant, label, primaryName} from '../format.js';
import {changesView} from './changes.js';
import {partySuggestions} from './party-suggest.js';

const ACTIONS = ['PARTY_CREATED', 'PARTY_UPDATED', 'MEASURE_ADDED', 'MEASURE_REVOKED', 'MEASURE_EXPIRED',
  'PROGRAM_CREATED', 'PROGRAM_UPDATED'];
const PAGE = 50;
const HEADERS = ['#', 'Time', 'Actor', 'Action', 'Party or program', 'Reason', 'Changes'];

export async function auditView(ctx, el) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const party = partySuggestions(ctx, {name: 'party', initialId: params.get('party')});
  const who = h('input', {type: 'text', name: 'actor', maxlength: '200', placeholder: 'user name or subject'});
  const action = select({name: 'action'}, [['', 'Any action'], ...ACTIONS.map((a) => [a, label(a)])], '');
  const from = h('input', {type: 'date', name: 'from'});
  const to = h('input', {type: 'date', name: 'to'});
  const order = select({name: 'order', id: 'audit-order'}, [['desc', 'Newest first'], ['asc', 'Oldest first']], 'desc');
  const chain = h('section', {id: 'chain-status', class: 'card', 'aria-live': 'polite'});
  const list = h('section', {id: 'audit-events'});
  const filterMessage = h('div', {'aria-live': 'polite'});
  // #/audit?limit=N sets the page size (links and tests); 50 by default
  const pager = {cursors: [null], query: null, limit: Math.min(Number(params.get('limit')) || PAGE, 500)};
  const query = async () => ({
    party: await party.resolve(filterMessage), actor: who.value.trim(), action: action.value, order: order.value,
    from: from.value ? new Date(`${from.value}T00:00:00`).toISOString() : '',
    to: to.value ? new Date(`${to.value}T23:59:59.999`).toISOString() : '',
  });
  const restart = async () => {
    replace(filterMessage);
    const q = await query();
    if (q.party === undefined) {
      return; // the party name matched nothing or several: the message says so
    }
    pager.query = q;
    pager.cursors = [null];
    await load(ctx, list, pager);
  };
  const form = h('form', {class: 'card form-grid', id: 'audit-filter'},
    field('Party (name)', party.control, 'Type part of a name and pick a suggestion.'), party.list, field('Actor', who),
    field('Action', action), field('From', from), field('To', to), field('Order', order), filterMessage,
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary'}, 'Show events'),
      actionButton('Export CSV', async () => exportCsv(ctx, await query(), list), {id: 'export-csv'})));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    restart();
  });
  order.addEventListener('change', restart);
  replace(el, pageHeading('Change log'), chain, form, list);
  verifyChain(ctx, chain);
  await party.ready;
  await restart();
}

async function verifyChain(ctx, chain) {
  const run = async () => {
    replace(chain, h('p', {class: 'loading'}, 'Verifying the hash chain…'));
    try {
      const r = await ctx.api.get('/api/v1/audit/verify');
      const checked = r.eventsChecked ?? r.checked ?? r.count ?? '?';
      const broken = r.firstBrokenSeq ?? r.firstBroken ?? r.brokenAt ?? null;
      replace(chain, h('p', {id: 'chain-result', class: r.valid ? 'chain-ok' : 'chain-broken'},
        r.valid ? badge('Chain verified', 'ok') : badge('Chain BROKEN', 'bad'),
        r.valid ? ` ${checked} events checked: no event was altered, removed or reordered.`
          : ` ${checked} events checked; the first broken event is #${broken}. ${r.problem ?? r.detail ?? ''}`),
      again());
    } catch (error) {
      replace(chain, problemBox(error, 'The chain could not be verified'), again());
    }
  };
  const again = () => actionButton('Verify again', run, {class: 'small'});
  await run();
}

/** Shows the page whose cursor is last in pager.cursors; Newer/Older move along the cursors seen so far. */
async function load(ctx, list, pager) {
  const index = pager.cursors.length - 1;
  try {
    const page = await ctx.api.get('/api/v1/audit/events', {...pager.query, cursor: pager.cursors[index], limit: pager.limit});
    const rows = itemsOf(page).map(row);
    labelCells(HEADERS, rows);
    const back = index > 0 ? actionButton(pager.query.order === 'asc' ? 'Previous page' : 'Newer', () => {
      pager.cursors.pop();
      return load(ctx, list, pager);
    }, {id: 'page-back'}) : null;
    const next = page?.nextCursor ? actionButton(pager.query.order === 'asc' ? 'Next page' : 'Older', () => {
      pager.cursors.push(page.nextCursor);
      return load(ctx, list, pager);
    }, {id: 'page-next'}) : null;
    replace(list, rows.length ? table(HEADERS, rows, {class: 'events'}) : empty('No events match these filters.'),
      h('div', {class: 'actions pager'}, back, next,
        h('span', {class: 'muted', id: 'page-number'}, rows.length ? `Page ${index + 1}` : '')));
  } catch (error) {
    replace(list, problemBox(error, 'The change log could not be read'));
  }
}

function row(event) {
  const entityId = event.entityId ?? '';
  const state = event.after ?? event.before;
  const entity = event.entityType === 'PARTY' && entityId
    ? h('div', {},
      h('a', {href: `#/parties/${entityId}`, class: 'party-name', dir: 'auto'}, state ? primaryName(state) : entityId.slice(0, 8)),
      h('div', {class: 'muted mono'}, entityId.slice(0, 8)),
      event.after && event.time ? h('a', {href: `#/parties/${entityId}?asOf=${encodeURIComponent(event.time)}`,
        class: 'as-of-link small'}, `as after this event (v${event.version})`) : null)
    : h('span', {}, label(event.entityType), ' ', h('span', {class: 'mono'}, entityId));
  return h('tr', {class: 'event-row'},
    h('td', {}, String(event.seq ?? '')),
    h('td', {}, h('time', {datetime: event.time ?? ''}, instant(event.time))),
    h('td', {}, actor(event)),
    h('td', {}, label(event.action)),
    h('td', {class: 'entity-cell'}, entity),
    h('td', {class: 'reason-cell', dir: 'auto'}, event.reason ?? ''),
    h('td', {class: 'changes-cell'}, h('details', {}, h('summary', {}, 'show'), changesView(event))));
}

async function exportCsv(ctx, query, list) {
  if (query.party === undefined) {
    return;
  }
  try {
    const {order, ...filter} = query;
    const blob = await ctx.api.request('/api/v1/audit/events/export', {query: filter, accept: 'text/csv', as: 'blob'});
    download(blob.data, `audit-events-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`);
    ctx.notify('CSV export downloaded.', 'success');
  } catch (error) {
    list.prepend(problemBox(error, 'The CSV export failed'));
  }
}
