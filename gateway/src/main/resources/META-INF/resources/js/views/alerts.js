// The alert queue of analysts and reviewers (an auditor: every bank's, read-only): the caller's bank's alerts
// (GET /api/v1/alerts, the bank comes from the token), filtered by state and customer on the server and by minimum
// score, program and age here, paged by cursor both ways. Each row links to the alert page (js/views/alert.js).
import {itemsOf} from '../api.js';
import {actionButton, badge, empty, labelCells, pageHeading, problemBox, table} from '../components.js';
import {field, h, replace, select} from '../dom.js';
import {age, instant, label, percent} from '../format.js';
import {ALERT_STATES} from '../vocabulary.js';

const PAGE = 25;
const FETCH = 200;
const MAX_ROUNDS = 10;
const HEADERS = ['Customer', 'Listed party', 'Score', 'Programs', 'State', 'Age', ''];

export async function alertsView(ctx, el) {
  const state = select({name: 'state'}, [['', 'Any state'], ...ALERT_STATES.map((s) => [s, label(s)])], '');
  const customerId = h('input', {type: 'text', name: 'customerId', maxlength: '200', placeholder: 'exact id'});
  const minScore = h('input', {type: 'number', name: 'minScore', min: '0', max: '100', step: '1', placeholder: '0'});
  const program = h('input', {type: 'text', name: 'program', maxlength: '100', placeholder: 'e.g. SDGT'});
  const after = h('input', {type: 'date', name: 'createdAfter'});
  const before = h('input', {type: 'date', name: 'createdBefore'});
  const list = h('section', {id: 'alerts-list'});
  const pager = {cursors: [null], filter: null, loads: 0};
  const filter = () => ({
    server: {state: state.value, customerId: customerId.value.trim()},
    minScore: minScore.value === '' ? null : Number(minScore.value) / 100,
    program: program.value.trim().toUpperCase(),
    from: after.value ? new Date(`${after.value}T00:00:00`).getTime() : null,
    to: before.value ? new Date(`${before.value}T23:59:59.999`).getTime() : null,
  });
  const form = h('form', {class: 'card form-grid', id: 'alerts-filter'},
    field('State', state), field('Customer id', customerId), field('Minimum score (%)', minScore),
    field('Program', program), field('Created after', after), field('Created before', before),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary'}, 'Filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pager.filter = filter();
    pager.cursors = [null];
    load(ctx, list, pager);
  });
  replace(el, pageHeading(ctx.caps.propose || ctx.caps.review ? 'Alert queue' : 'Alerts of every bank'),
    h('p', {class: 'muted'}, ctx.caps.propose || ctx.caps.review
      ? 'Customers of your bank who resemble a listed party. Open an alert to compare both sides and decide.'
      : 'Every bank\'s alerts and their decisions, read-only.'),
    form, list);
  pager.filter = filter();
  await load(ctx, list, pager);
}

async function load(ctx, list, pager) {
  const index = pager.cursors.length - 1;
  const current = ++pager.loads; // a newer filter's answer wins over a slower, older one
  list.setAttribute('aria-busy', 'true');
  try {
    const found = await scan(ctx.api, pager.filter, pager.cursors[index]);
    if (current !== pager.loads) {
      return;
    }
    const rows = found.items.map(row);
    labelCells(HEADERS, rows);
    const back = index > 0 ? actionButton('Previous page', () => {
      pager.cursors.pop();
      return load(ctx, list, pager);
    }, {id: 'alerts-back'}) : null;
    const next = found.next ? actionButton('Next page', () => {
      pager.cursors.push(found.next);
      return load(ctx, list, pager);
    }, {id: 'alerts-next'}) : null;
    replace(list, rows.length ? table(HEADERS, rows, {class: 'alerts', id: 'alerts-table'})
      : empty(found.next ? 'No alert matches these filters so far; the next page searches further.'
        : 'No alert matches these filters.'),
    h('div', {class: 'actions pager'}, back, next,
      rows.length ? h('span', {class: 'muted', id: 'alerts-page'}, `Page ${index + 1}`) : null));
    list.setAttribute('aria-busy', 'false');
  } catch (error) {
    if (current === pager.loads) {
      replace(list, problemBox(error, 'The alerts could not be read'));
      list.setAttribute('aria-busy', 'false');
    }
  }
}

/**
 * Reads pages of the server's filter from the cursor and keeps the alerts that pass the filters done here, until a
 * page is full, the alerts end, or MAX_ROUNDS pages were read; the cursor returned continues after the last alert read.
 */
async function scan(api, filter, cursor) {
  const items = [];
  let last = cursor;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const page = await api.get('/api/v1/alerts', {...filter.server, cursor: last, limit: FETCH});
    const batch = itemsOf(page);
    for (let i = 0; i < batch.length; i++) {
      last = batch[i].id;
      if (passes(batch[i], filter)) {
        items.push(batch[i]);
      }
      if (items.length === PAGE) {
        return {items, next: i < batch.length - 1 || page?.next ? last : null};
      }
    }
    if (!page?.next) {
      return {items, next: null};
    }
  }
  return {items, next: last};
}

function passes(alert, filter) {
  const created = new Date(alert.createdAt ?? '').getTime();
  return (filter.minScore === null || Number(alert.score) >= filter.minScore - 1e-9)
    && (!filter.program || programsOf(alert).some((p) => p.toUpperCase() === filter.program))
    && (filter.from === null || created >= filter.from)
    && (filter.to === null || created <= filter.to);
}

/** The programs of an alert's measures, each once. */
export function programsOf(alert) {
  return [...new Set((Array.isArray(alert.measures) ? alert.measures : []).map((m) => m.program).filter(Boolean))];
}

/** The customer's name as compared (the first of its names). */
export function customerName(alert) {
  return (alert.customer?.names ?? [])[0] ?? '';
}

/** An alert state as a coloured badge. */
export function stateBadge(state, attrs = {}) {
  const value = String(state ?? 'UNKNOWN');
  return h('span', {...attrs, class: `badge alert-${value.toLowerCase().replace(/_/g, '-')}`}, label(value));
}

function row(a) {
  return h('tr', {class: 'alert-row', dataset: {alertId: a.id, customerId: a.customerId ?? ''}},
    h('td', {dir: 'auto'}, h('span', {class: 'mono'}, a.customerId ?? ''), customerName(a) ? h('br', {}) : null,
      customerName(a)),
    h('td', {dir: 'auto'}, a.matchedName ?? a.partyId ?? '', a.basis === 'OWNERSHIP' ? [' ', badge('Owner', 'hit')] : null),
    h('td', {class: 'pct'}, percent(a.score)),
    h('td', {}, programsOf(a).map((p) => badge(p))),
    h('td', {}, stateBadge(a.state), a.pendingDecision ? h('span', {class: 'muted'}, ` ${label(a.pendingDecision)}?`) : null),
    h('td', {}, h('time', {datetime: a.createdAt ?? '', title: instant(a.createdAt)}, age(a.createdAt))),
    h('td', {}, h('a', {href: `#/alerts/${a.id}`, class: 'open-alert'}, 'Open')));
}
