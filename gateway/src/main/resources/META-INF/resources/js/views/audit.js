// The auditors' change log: events filtered by party, actor, action and period, page by page, each with who, when,
// why and what changed; the hash chain's verification status; the same query as a CSV download.
import {itemsOf} from '../api.js';
import {actionButton, badge, empty, pageHeading, problemBox, table} from '../components.js';
import {download, field, h, replace, select} from '../dom.js';
import {actor, instant, label} from '../format.js';
import {changesView} from './changes.js';

const ACTIONS = ['PARTY_CREATED', 'PARTY_UPDATED', 'MEASURE_ADDED', 'MEASURE_REVOKED', 'MEASURE_EXPIRED',
  'PROGRAM_CREATED', 'PROGRAM_UPDATED'];
const PAGE = 50;

export async function auditView(ctx, el) {
  const party = h('input', {type: 'text', name: 'party', maxlength: '36', placeholder: 'party id (UUID)', class: 'mono'});
  const who = h('input', {type: 'text', name: 'actor', maxlength: '200', placeholder: 'user name or subject'});
  const action = select({name: 'action'}, [['', 'Any action'], ...ACTIONS.map((a) => [a, label(a)])], '');
  const from = h('input', {type: 'date', name: 'from'});
  const to = h('input', {type: 'date', name: 'to'});
  const chain = h('section', {id: 'chain-status', class: 'card', 'aria-live': 'polite'});
  const list = h('section', {id: 'audit-events'});
  const query = () => ({
    party: party.value.trim(), actor: who.value.trim(), action: action.value,
    from: from.value ? new Date(`${from.value}T00:00:00`).toISOString() : '',
    to: to.value ? new Date(`${to.value}T23:59:59.999`).toISOString() : '',
  });
  const form = h('form', {class: 'card form-grid', id: 'audit-filter'},
    field('Party', party), field('Actor', who), field('Action', action), field('From', from), field('To', to),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary'}, 'Show events'),
      actionButton('Export CSV', () => exportCsv(ctx, query(), list), {id: 'export-csv'})));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(ctx, list, query(), null);
  });
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  party.value = params.get('party') ?? '';
  replace(el, pageHeading('Change log'), chain, form, list);
  verifyChain(ctx, chain);
  load(ctx, list, query(), null);
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

async function load(ctx, list, query, cursor) {
  try {
    const page = await ctx.api.get('/api/v1/audit/events', {...query, cursor, limit: PAGE});
    const rows = itemsOf(page).map(row);
    let body = list.querySelector('tbody');
    if (!cursor || !body) {
      replace(list, rows.length
        ? table(['#', 'Time', 'Actor', 'Action', 'Entity', 'Version', 'Reason', 'Changes'], [], {class: 'events'})
        : empty('No events match these filters.'));
      body = list.querySelector('tbody');
    }
    body?.append(...rows);
    list.querySelector('.more')?.remove();
    if (page?.nextCursor) {
      list.append(actionButton('Show more', () => load(ctx, list, query, page.nextCursor), {class: 'more'}));
    }
  } catch (error) {
    replace(list, problemBox(error, 'The change log could not be read'));
  }
}

function row(event) {
  const entityId = event.entityId ?? '';
  const entity = event.entityType === 'PARTY' && entityId
    ? h('a', {href: `#/parties/${entityId}`, class: 'mono'}, entityId.slice(0, 8))
    : h('span', {class: 'mono'}, `${label(event.entityType)} ${entityId}`);
  return h('tr', {class: 'event-row'},
    h('td', {}, String(event.seq ?? '')),
    h('td', {}, h('time', {datetime: event.time ?? ''}, instant(event.time))),
    h('td', {}, actor(event)),
    h('td', {}, label(event.action)),
    h('td', {}, entity),
    h('td', {}, String(event.version ?? '')),
    h('td', {class: 'reason-cell', dir: 'auto'}, event.reason ?? ''),
    h('td', {}, h('details', {}, h('summary', {}, 'show'), changesView(event))));
}

async function exportCsv(ctx, query, list) {
  try {
    const blob = await ctx.api.request('/api/v1/audit/events/export', {query, accept: 'text/csv', as: 'blob'});
    download(blob.data, `audit-events-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`);
    ctx.notify('CSV export downloaded.', 'success');
  } catch (error) {
    list.prepend(problemBox(error, 'The CSV export failed'));
  }
}
