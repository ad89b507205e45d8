// The party page: every name in every script, dates, identifiers, measures with their status, sources with links,
// and the history timeline with readable diffs and reasons. Editors also get the edit and measure actions.
import {itemsOf} from '../api.js';
import {empty, facts, pageHeading, problemBox, statusBadge, table} from '../components.js';
import {append, externalLink, field, h, replace} from '../dom.js';
import {birthDate, country, instant, label, primaryName, term} from '../format.js';
import {historyEntry} from './changes.js';
import {addMeasureDialog, revokeDialog} from './measure-dialogs.js';
import {linksSection} from './party-links.js';

export async function partyView(ctx, el, id) {
  const asOf = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('asOf');
  const response = await ctx.api.request(`/api/v1/parties/${id}`, {query: {asOf}});
  const party = response.data;
  const version = response.version ?? party.version;
  const reload = () => partyView(ctx, el, id);
  document.title = `${primaryName(party)} · Sanctions registry`;
  // a recorded past state is read-only: no edit controls on it
  const pageCtx = asOf ? {...ctx, caps: {...ctx.caps, edit: false}} : ctx;
  const history = h('section', {id: 'history', 'aria-labelledby': 'history-heading'},
    h('h2', {id: 'history-heading'}, 'History'), h('p', {class: 'loading'}, 'Loading history…'));

  replace(el,
    pageHeading(primaryName(party),
      h('span', {class: 'badge'}, label(party.kind)),
      h('span', {class: 'badge', id: 'party-version'}, `version ${version}`),
      pageCtx.caps.edit ? h('a', {class: 'button', href: `#/parties/${id}/edit`, id: 'edit-party'}, 'Edit party') : null),
    asOf ? h('p', {class: 'alert warning', id: 'as-of-banner', role: 'status'},
      `As recorded at ${instant(asOf)} (version ${version}). `, h('a', {href: `#/parties/${id}`}, 'Show the current version'))
      : null,
    asOfForm(ctx, id, asOf),
    namesSection(party),
    h('section', {}, h('h2', {}, 'Details'), details(party)),
    identifiersSection(party),
    measuresSection(pageCtx, party, version, reload),
    sourcesSection(party),
    asOf ? null : linksSection(ctx, id, primaryName(party)),
    history);
  loadHistory(ctx, id, history);
}

/** "Show as recorded on" a date: the party's state at the end of that day (GET /api/v1/parties/{id}?asOf=). */
function asOfForm(ctx, id, asOf) {
  const date = h('input', {type: 'date', name: 'asOfDate', value: asOf ? asOf.slice(0, 10) : ''});
  const form = h('form', {class: 'inline-form', id: 'as-of-form'}, field('Show as recorded on', date),
    h('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (date.value) {
      ctx.navigate(`#/parties/${id}?asOf=${encodeURIComponent(new Date(`${date.value}T23:59:59.999`).toISOString())}`);
    }
  });
  return form;
}

function namesSection(party) {
  const rows = (party.names ?? []).map((n) => h('tr', {},
    h('td', {dir: 'auto', lang: n.language || null, class: 'name'}, n.fullName),
    h('td', {}, term(n.type)), h('td', {}, n.script ?? ''), h('td', {}, n.language ?? '')));
  return h('section', {id: 'names'}, h('h2', {}, 'Names'),
    table(['Name', 'Type', 'Script', 'Language'], rows, {class: 'names'}));
}

function details(party) {
  return facts([
    ['Birth dates', (party.birthDates ?? []).map(birthDate).join('; ')],
    ['Places of birth', (party.placesOfBirth ?? []).join('; ')],
    ['Nationalities', (party.nationalities ?? []).map(country).join(', ')],
    ['Citizenships', (party.citizenships ?? []).map(country).join(', ')],
    ['Gender', label(party.gender)],
    ['Positions', (party.positions ?? []).length ? h('ul', {}, party.positions.map((p) => h('li', {}, p))) : ''],
    ['Addresses', (party.addresses ?? []).length ? h('ul', {}, party.addresses.map((a) => h('li', {},
      [a.street, a.city, a.region, a.postalCode, country(a.country)].filter(Boolean).join(', ')))) : ''],
    ['Remarks', party.remarks ? h('p', {class: 'remarks'}, party.remarks) : ''],
    ['Recorded', party.createdAt ? `${instant(party.createdAt)}, last changed ${instant(party.updatedAt)}` : ''],
  ]);
}

function identifiersSection(party) {
  const list = party.identifiers ?? [];
  return h('section', {}, h('h2', {}, 'Identifiers'), list.length
    ? table(['Type', 'Number', 'Country'], list.map((i) => h('tr', {},
      h('td', {}, term(i.type)), h('td', {class: 'mono'}, i.number), h('td', {}, country(i.country)))))
    : empty('No identifiers recorded.'));
}

function measuresSection(ctx, party, version, reload) {
  const list = party.measures ?? [];
  const rows = list.map((m) => h('tr', {class: `measure status-row-${String(m.status).toLowerCase()}`, dataset: {measureId: m.id}},
    h('td', {}, h('strong', {}, m.program)),
    h('td', {}, label(m.type)),
    h('td', {}, m.authority ?? ''),
    h('td', {}, m.listedDate ?? ''),
    h('td', {}, m.effectiveDate ?? ''),
    h('td', {}, statusBadge(m.status), m.statusDate ? ` since ${m.statusDate}` : '',
      m.statusReason ? h('div', {class: 'muted status-reason'}, m.statusReason) : null),
    h('td', {}, m.sourceUrl ? externalLink(m.sourceUrl, 'source') : ''),
    ctx.caps.edit ? h('td', {}, m.status === 'ACTIVE' ? revokeButton(ctx, party, m, version, reload) : '') : null));
  const headers = ['Program', 'Type', 'Authority', 'Listed', 'Effective', 'Status', 'Source'];
  return h('section', {id: 'measures'},
    h('div', {class: 'section-head'}, h('h2', {}, 'Measures'),
      ctx.caps.edit ? addMeasureButton(ctx, party, version, reload) : null),
    list.length ? table(ctx.caps.edit ? [...headers, 'Action'] : headers, rows, {class: 'measures'})
      : empty('No measures: this party is recorded but not currently subject to any measure.'));
}

function revokeButton(ctx, party, measure, version, reload) {
  const button = h('button', {type: 'button', class: 'danger small revoke', dataset: {measureId: measure.id},
    'aria-label': `Revoke ${measure.program} ${label(measure.type)}`}, 'Revoke…');
  button.addEventListener('click', () => revokeDialog(ctx, party, measure, version, reload));
  return button;
}

function addMeasureButton(ctx, party, version, reload) {
  const button = h('button', {type: 'button', id: 'add-measure'}, 'Add measure…');
  button.addEventListener('click', () => addMeasureDialog(ctx, party, version, reload));
  return button;
}

function sourcesSection(party) {
  const list = party.sources ?? [];
  return h('section', {id: 'sources'}, h('h2', {}, 'Sources'), list.length
    ? h('ul', {}, list.map((s) => h('li', {},
      [s.authority, s.list, s.sourceId ? `#${s.sourceId}` : null].filter(Boolean).join(' · '),
      s.url ? [' — ', externalLink(s.url)] : null)))
    : empty('No source references.'));
}

async function loadHistory(ctx, id, section) {
  try {
    const events = itemsOf(await ctx.api.get(`/api/v1/parties/${id}/history`))
      .sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
    section.querySelector('.loading')?.remove();
    append(section, events.length ? h('ol', {class: 'timeline'}, events.map(historyEntry)) : empty('No history recorded.'));
  } catch (error) {
    section.querySelector('.loading')?.remove();
    append(section, problemBox(error, 'The history could not be loaded'));
  }
}
