// The registry: parties filtered by name, kind, program, measure status and nationality, page by page.
import {itemsOf} from '../api.js';
import {empty, pageHeading, problemBox, statusBadge, table} from '../components.js';
import {field, h, replace, select} from '../dom.js';
import {label, primaryName} from '../format.js';
import {KIND_FILTER} from './screening.js';

export async function partiesView(ctx, el) {
  const name = h('input', {type: 'search', name: 'name', dir: 'auto', maxlength: '500'});
  const kind = select({name: 'kind'}, KIND_FILTER, '');
  const program = h('input', {type: 'text', name: 'program', maxlength: '64', placeholder: 'e.g. HK-EO13936'});
  const status = select({name: 'status'}, [['', 'Any status'], ['ACTIVE', 'Active'], ['REVOKED', 'Revoked'], ['EXPIRED', 'Expired']], '');
  const nationality = h('input', {type: 'text', name: 'nationality', maxlength: '2', placeholder: 'e.g. HK'});
  const list = h('section', {id: 'party-list'});
  const form = h('form', {class: 'card form-grid', id: 'party-filter'},
    field('Name contains', name), field('Kind', kind), field('Program', program), field('Measure status', status),
    field('Nationality', nationality),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary'}, 'Search')));
  const query = () => ({name: name.value.trim(), kind: kind.value, program: program.value.trim(), status: status.value,
    nationality: nationality.value.trim().toUpperCase(), limit: 50});
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(ctx, list, query(), null, false);
  });
  replace(el, pageHeading('Registry',
    ctx.caps.edit ? h('a', {class: 'button primary', href: '#/parties/new', id: 'new-party'}, 'New party') : null),
  form, list);
  load(ctx, list, query(), null, false);
}

async function load(ctx, list, query, cursor, appendPage) {
  try {
    const page = await ctx.api.get('/api/v1/parties', {...query, cursor});
    const rows = itemsOf(page).map(row);
    let body = list.querySelector('tbody');
    if (!appendPage || !body) {
      replace(list, rows.length ? table(['Name', 'Kind', 'Nationalities', 'Measures', 'Version'], [], {class: 'parties'})
        : empty('No party matches these filters.'));
      body = list.querySelector('tbody');
    }
    body?.append(...rows);
    list.querySelector('.more')?.remove();
    if (page?.nextCursor) {
      const more = h('button', {type: 'button', class: 'more'}, 'Show more');
      more.addEventListener('click', () => load(ctx, list, query, page.nextCursor, true));
      list.append(more);
    }
  } catch (error) {
    replace(list, problemBox(error, 'The registry could not be listed'));
  }
}

function row(party) {
  const measures = party.measures ?? [];
  return h('tr', {},
    h('td', {}, h('a', {href: `#/parties/${party.id}`, dir: 'auto'}, primaryName(party))),
    h('td', {}, label(party.kind)),
    h('td', {}, (party.nationalities ?? []).join(', ')),
    h('td', {}, measures.map((m) => h('span', {class: 'measure-chip'}, `${m.program} `, statusBadge(m.status), ' '))),
    h('td', {}, String(party.version ?? '')));
}
