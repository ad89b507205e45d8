// Screening evidence for auditors: recorded screenings searched by client, user, period, outcome and list version
// (GET /api/v1/screenings), paged both ways; one screening with its request, answer, explanation and list version
// (GET /api/v1/screenings/{id}); the current filter exported as CSV, built here from the pages.
import {itemsOf} from '../api.js';
import {actionButton, badge, empty, facts, labelCells, pageHeading, problemBox, table} from '../components.js';
import {download, field, h, replace, select} from '../dom.js';
import {instant, label, percent} from '../format.js';
import {OUTCOMES} from '../vocabulary.js';
import {explanationView} from './explanation.js';
import {listStateView} from './list-state.js';

const PAGE = 50;
const EXPORT_PAGE = 1000;
const EXPORT_MAX_PAGES = 100;
const HEADERS = ['Time', 'User', 'Client', 'Name screened', 'Outcome', 'List version', 'Top candidate', ''];

export async function evidenceView(ctx, el) {
  const client = h('input', {type: 'text', name: 'clientId', maxlength: '200', placeholder: 'e.g. sanctions-ui, bank-demo'});
  const user = h('input', {type: 'text', name: 'user', maxlength: '200', placeholder: 'user name or subject'});
  const from = h('input', {type: 'date', name: 'from'});
  const to = h('input', {type: 'date', name: 'to'});
  const outcome = select({name: 'outcome'}, [['', 'Any outcome'], ...OUTCOMES.map((o) => [o, label(o)])], '');
  const listVersion = h('input', {type: 'number', name: 'listVersion', min: '0', step: '1', placeholder: 'any'});
  const order = select({name: 'order'}, [['desc', 'Newest first'], ['asc', 'Oldest first']], 'desc');
  const list = h('section', {id: 'evidence-list'});
  const pager = {cursors: [null], query: null};
  const query = () => ({
    clientId: client.value.trim(), user: user.value.trim(), outcome: outcome.value, listVersion: listVersion.value,
    order: order.value,
    from: from.value ? new Date(`${from.value}T00:00:00`).toISOString() : '',
    to: to.value ? new Date(`${to.value}T23:59:59.999`).toISOString() : '',
  });
  const form = h('form', {class: 'card form-grid', id: 'evidence-filter'},
    field('Client', client), field('User', user), field('From', from), field('To', to), field('Outcome', outcome),
    field('List version', listVersion), field('Order', order),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary'}, 'Search'),
      actionButton('Export CSV', () => exportCsv(ctx, query(), list), {id: 'evidence-export'})));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pager.query = query();
    pager.cursors = [null];
    load(ctx, list, pager);
  });
  replace(el, pageHeading('Screening evidence'),
    h('p', {class: 'muted'}, 'Every screening is recorded: who screened what, when, against which list version, with what result.'),
    form, list);
  pager.query = query();
  await load(ctx, list, pager);
}

async function load(ctx, list, pager) {
  const index = pager.cursors.length - 1;
  try {
    const page = await ctx.api.get('/api/v1/screenings', {...pager.query, after: pager.cursors[index], limit: PAGE});
    const rows = itemsOf(page).map(row);
    labelCells(HEADERS, rows);
    const back = index > 0 ? actionButton('Previous page', () => {
      pager.cursors.pop();
      return load(ctx, list, pager);
    }, {id: 'evidence-back'}) : null;
    const next = page?.next ? actionButton('Next page', () => {
      pager.cursors.push(page.next);
      return load(ctx, list, pager);
    }, {id: 'evidence-next'}) : null;
    replace(list, rows.length ? table(HEADERS, rows, {class: 'evidence'}) : empty('No screening matches these filters.'),
      h('div', {class: 'actions pager'}, back, next, rows.length ? h('span', {class: 'muted'}, `Page ${index + 1}`) : null));
  } catch (error) {
    replace(list, problemBox(error, 'The screening evidence could not be read'));
  }
}

function row(e) {
  const top = (e.topMatches ?? [])[0];
  return h('tr', {class: 'evidence-row', dataset: {screeningId: e.screeningId}},
    h('td', {}, h('time', {datetime: e.screenedAt ?? ''}, instant(e.screenedAt))),
    h('td', {}, e.username ?? e.subject ?? ''),
    h('td', {}, e.clientId ?? ''),
    h('td', {dir: 'auto', class: 'screened-name'}, e.query?.name ?? ''),
    h('td', {}, outcomeBadge(e.outcome)),
    h('td', {}, String(e.listVersion ?? '')),
    h('td', {dir: 'auto'}, top ? `${top.primaryName ?? top.matchedName ?? top.partyId} (${percent(top.score)})` : '—'),
    h('td', {}, h('a', {href: `#/evidence/${e.screeningId}`, class: 'open-evidence'}, 'Open')));
}

function outcomeBadge(outcome) {
  return outcome === 'MATCH' ? badge('Match', 'hit') : badge(label(outcome ?? 'unknown'), 'muted');
}

/** One recorded screening: the request as received, the answer, each candidate's explanation, the versions. */
export async function screeningEvidenceView(ctx, el, id) {
  const e = await ctx.api.get(`/api/v1/screenings/${id}`);
  document.title = `Screening of ${e.query?.name ?? id} · Sanctions registry`;
  const matches = e.topMatches ?? [];
  replace(el,
    pageHeading(`Screening of “${e.query?.name ?? ''}”`, outcomeBadge(e.outcome)),
    h('section', {id: 'evidence-facts', class: 'card'}, facts([
      ['Screening id', h('span', {class: 'mono'}, e.screeningId)],
      ['Screened at', instant(e.screenedAt)],
      ['By', [e.username, e.subject && e.subject !== e.username ? `(${e.subject})` : null].filter(Boolean).join(' ')],
      ['Client', e.clientId],
      ['Source', [label(e.source), e.batchId ? `batch ${e.batchId}` : null, e.jobId ? `job ${e.jobId}` : null,
        e.ref ? `item ${e.ref}` : null].filter(Boolean).join(', ')],
      ['List version', h('span', {id: 'evidence-list-version'}, String(e.listVersion))],
      ['Engine version', h('span', {id: 'evidence-engine-version'},
        e.engineVersion ?? 'not recorded (a screening stored before the engine version was kept)')],
      ['Configuration hash', e.configHash ? h('span', {class: 'mono', id: 'evidence-config-hash'}, e.configHash) : null],
      ['Threshold', percent(e.threshold)],
      ['Index', e.indexStale ? 'stale (the registry was unreachable; the last known list was used)' : 'current'],
    ])),
    e.listSources ? listStateView(e.listSources, 'evidence-lists')
      : h('p', {class: 'muted', id: 'evidence-lists'}, 'The list files were not recorded (a screening stored before lookup V8).'),
    h('section', {id: 'evidence-request'}, h('h2', {}, 'Request'), requestFacts(e.query)),
    h('section', {id: 'evidence-answer'}, h('h2', {}, `Answer: ${matches.length} candidate${matches.length === 1 ? '' : 's'}`),
      matches.length ? table(['Party', 'Matched name', 'Score', 'Result'], matches.map((m) => h('tr', {},
        h('td', {dir: 'auto'}, h('a', {href: `#/parties/${m.partyId}`}, m.primaryName ?? m.partyId)),
        h('td', {dir: 'auto'}, m.matchedName ?? ''),
        h('td', {}, percent(m.score)),
        h('td', {}, m.match ? badge('Match', 'hit') : badge('Below threshold', 'muted'))))) : empty('No candidate was returned.')),
    h('section', {id: 'evidence-explanations'}, h('h2', {}, 'Explanations'),
      matches.map((m) => h('div', {class: 'card'}, h('h3', {dir: 'auto'}, `${m.primaryName ?? m.partyId} · ${percent(m.score)}`),
        explanationView(m.explanation) ?? empty('No explanation recorded.')))),
    h('p', {}, h('a', {href: '#/evidence'}, '← All screenings')));
}

function requestFacts(query) {
  if (!query || typeof query !== 'object') {
    return empty('The request was not recorded.');
  }
  return facts(Object.entries(query).filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => [label(key.replace(/([a-z])([A-Z])/g, '$1_$2')),
    typeof value === 'object' && value !== null ? h('code', {class: 'json'}, JSON.stringify(value)) : String(value)]));
}

async function exportCsv(ctx, query, list) {
  try {
    const rows = [['screeningId', 'screenedAt', 'user', 'subject', 'clientId', 'source', 'name', 'outcome', 'listVersion',
      'threshold', 'topCandidate', 'topScore', 'indexStale']];
    let after = null;
    for (let page = 0; page < EXPORT_MAX_PAGES; page++) {
      const data = await ctx.api.get('/api/v1/screenings', {...query, after, limit: EXPORT_PAGE});
      for (const e of itemsOf(data)) {
        const top = (e.topMatches ?? [])[0];
        rows.push([e.screeningId, e.screenedAt, e.username, e.subject, e.clientId, e.source, e.query?.name, e.outcome,
          e.listVersion, e.threshold, top?.primaryName ?? '', top ? top.score : '', e.indexStale]);
      }
      after = data?.next;
      if (!after) {
        break;
      }
    }
    const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    download(new Blob([text], {type: 'text/csv'}), `screenings-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`);
    ctx.notify(`CSV export downloaded: ${rows.length - 1} screenings.`, 'success');
  } catch (error) {
    list.prepend(problemBox(error, 'The CSV export failed'));
  }
}

/** A CSV cell: quoted when needed; a cell that a spreadsheet would read as a formula gets an apostrophe first. */
function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
