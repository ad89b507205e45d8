// Screening: one name (any script) with optional kind, birth date, nationality and programs, against the lookup
// service; the results as a sortable table with the total and facet counts (results-table.js), then each candidate
// with its score bar, the matched name, the explanation (token weights included) and the measures.
import {itemsOf} from '../api.js';
import {clearInvalid, markInvalid, pageHeading, problemBox, scoreBar, statusBadge, badge, empty} from '../components.js';
import {field, h, replace, select} from '../dom.js';
import {instant, label, percent} from '../format.js';
import {KINDS, MEASURE_TYPES} from '../vocabulary.js';
import {listStateView} from './list-state.js';
import {explanationView} from './explanation.js';
import {matchOwnershipView} from './match-ownership.js';
import {resultsTable} from './results-table.js';

/** Options of a kind filter: any, then each kind. */
export const KIND_FILTER = [['', 'Any kind'], ...KINDS.map((k) => [k, label(k)])];

export async function screeningView(ctx, el) {
  // pattern: at least one character that is not a space, so a name of spaces is refused here, not sent
  const name = h('input', {type: 'text', name: 'name', required: true, maxlength: '500', dir: 'auto', autocomplete: 'off',
    pattern: '.*\\S.*', title: 'A name: at least one letter or sign other than a space',
    placeholder: 'e.g. Raymond Siu, 李家超, Мохаммед'});
  const kind = select({name: 'kind'}, KIND_FILTER, '');
  const birthDate = h('input', {type: 'text', name: 'birthDate', inputmode: 'numeric', maxlength: '10',
    pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD'});
  const nationality = h('input', {type: 'text', name: 'nationality', maxlength: '2', pattern: '[A-Za-z]{2}',
    placeholder: 'e.g. HK', autocapitalize: 'characters'});
  const programs = h('div', {class: 'checklist', id: 'program-choices', role: 'group', 'aria-label': 'Programs'},
    h('p', {class: 'loading'}, 'Loading programs…'));
  const threshold = h('input', {type: 'number', name: 'threshold', min: '0', max: '100', step: '1', placeholder: 'service default'});
  const limit = h('input', {type: 'number', name: 'limit', min: '1', max: '100', step: '1', value: '10'});
  const asOf = h('input', {type: 'date', name: 'asOf'});
  const measureTypes = select({name: 'measureTypes', multiple: true, size: '3'}, MEASURE_TYPES.map((t) => [t, label(t)]), '');
  const results = h('section', {id: 'screening-results', 'aria-live': 'polite'});
  const form = h('form', {class: 'card form-grid', id: 'screening-form'},
    h('div', {class: 'wide'}, field('Name', name, 'Any script and any order; honorifics and legal forms are ignored.')),
    field('Kind', kind),
    field('Birth date', birthDate),
    field('Nationality (ISO code)', nationality),
    h('div', {class: 'field'}, h('span', {class: 'label'}, 'Programs'), programs,
      h('small', {class: 'hint'}, 'None ticked: all programs.')),
    h('details', {class: 'wide'}, h('summary', {}, 'More options'),
      h('div', {class: 'form-grid'}, field('Threshold (%)', threshold, 'Scores are percentages too.'), field('Maximum results', limit),
        field('Measures in force on', asOf, 'Empty: today. A past date screens against the list as it applied then.'),
        field('Measure types', measureTypes, 'None selected: all types.'))),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary', id: 'screen-button'}, 'Screen')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearInvalid(form);
    const request = {name: name.value.trim()};
    if (kind.value) request.kind = kind.value;
    if (birthDate.value.trim()) request.birthDate = birthDate.value.trim();
    if (nationality.value.trim()) request.nationality = nationality.value.trim().toUpperCase();
    const chosen = [...programs.querySelectorAll('input:checked')].map((o) => o.value);
    if (chosen.length) request.programs = chosen;
    if (threshold.value !== '') request.threshold = Number(threshold.value) / 100;
    if (limit.value !== '') request.limit = Number(limit.value);
    if (asOf.value) request.asOf = asOf.value;
    const types = [...measureTypes.selectedOptions].map((o) => o.value);
    if (types.length) request.measureTypes = types;
    await screen(ctx, results, request, null, form);
  });

  replace(el, pageHeading('Screening'), form, results);
  name.focus();
  loadPrograms(ctx, programs);
}

async function loadPrograms(ctx, programs) {
  try {
    const list = itemsOf(await ctx.api.get('/api/v1/programs'));
    replace(programs, list.map((p) => h('label', {class: 'check'},
      h('input', {type: 'checkbox', name: 'programs', value: p.code}),
      ` ${p.code}`, p.name && p.name !== p.code ? h('span', {class: 'muted'}, ` ${p.name}`) : null)));
  } catch {
    replace(programs, h('p', {class: 'muted'}, 'Programs could not be loaded.'));
  }
}

/**
 * Runs one screening and shows it. With {@code nearMissesOf} (the threshold of the first screening), the request asks
 * for the best candidates whatever their score, and "match" is judged against that first threshold.
 */
async function screen(ctx, results, request, nearMissesOf, form) {
  replace(results, h('p', {class: 'loading'}, 'Screening…'));
  try {
    const body = nearMissesOf === null ? request : {...request, threshold: 0};
    const {data} = await ctx.api.request('/api/v1/screenings', {method: 'POST', json: body});
    const threshold = nearMissesOf ?? data?.threshold;
    const matches = (data?.matches ?? []).map((m) => ({...m, match: nearMissesOf === null ? m.match : m.score >= threshold}));
    const more = nearMissesOf === null && matches.length < (request.limit ?? 10) && threshold > 0
      ? h('button', {type: 'button', id: 'show-near-misses'}, `Show the closest candidates below the threshold ${percent(threshold)}`)
      : null;
    more?.addEventListener('click', () => screen(ctx, results, request, threshold, form));
    replace(results, resultsView(data, request, matches, threshold, nearMissesOf !== null), more);
  } catch (error) {
    markInvalid(form, error.violations ?? []);
    replace(results, problemBox(error, 'The screening failed'));
  }
}

function resultsView(data, request, matches, threshold, nearMisses) {
  const hits = matches.filter((m) => m.match).length;
  const cards = h('ol', {class: 'matches'}, matches.map(matchCard));
  return h('div', {},
    h('h2', {id: 'results-heading'}, `${matches.length} ${nearMisses ? 'closest ' : ''}candidate${matches.length === 1 ? '' : 's'}`
      + ' for “', h('span', {dir: 'auto'}, request.name), `”, ${hits} at or above the threshold ${percent(threshold ?? 0)}`),
    h('p', {class: 'muted'}, `Screened against list version ${data?.listVersion ?? '?'} at ${instant(data?.screenedAt)}`,
      `; screening id ${data?.screeningId ?? '?'}.`),
    listStateView(data?.sources),
    data?.index?.stale ? h('div', {class: 'alert warning', role: 'alert'},
      `The screening index is ${data.index.secondsSinceSync} s behind the registry (the registry is unreachable); `
      + 'results reflect the last known list.') : null,
    matches.length ? [resultsTable(matches, threshold, (order) => cards.append(...order.map((m) => cardOf.get(m)))),
      h('h3', {}, 'Why each candidate matched'), cards]
      : empty(nearMisses ? 'No listed party resembles this name.' : 'No listed party reaches the threshold.'));
}

const cardOf = new WeakMap();

function matchCard(m) {
  const card = h('li', {class: `match card ${m.match ? 'is-match' : ''}`, id: `card-${m.partyId}`},
    h('div', {class: 'match-head'},
      scoreBar(m.score, m.match),
      m.match ? badge('Match', 'hit') : badge('Below threshold', 'muted'),
      h('a', {href: `#/parties/${m.partyId}`, class: 'party-link', dir: 'auto'}, m.primaryName ?? m.matchedName ?? m.partyId),
      h('span', {class: 'kind'}, label(m.kind))),
    h('p', {}, 'Matched name: ', h('strong', {dir: 'auto', class: 'matched-name'}, m.matchedName ?? '')),
    (m.sources ?? []).length ? h('p', {class: 'muted'}, 'Sources: ',
      m.sources.map((s) => [s.authority, s.list, s.sourceId].filter(Boolean).join(' ')).join('; ')) : null,
    measures(m.measures ?? []),
    owners(m.owners ?? []),
    linkedParties(m.links ?? [], m.linksTruncated),
    matchOwnershipView(m.ownership),
    h('details', {open: true}, h('summary', {}, 'Why it matched'), explanationView(m.explanation)));
  cardOf.set(m, card);
  return card;
}

/** Who owns or controls the matched party (issue 17): listed owners first, each with its measures in force. */
function owners(list) {
  if (!list.length) {
    return null;
  }
  const sorted = [...list].sort((a, b) => Number(b.listed) - Number(a.listed));
  return h('div', {class: 'match-owners'}, h('p', {}, h('strong', {}, 'Owned or controlled by')),
    h('ul', {}, sorted.map((o) => h('li', {class: o.listed ? 'owner listed' : 'owner'},
      o.partyId ? h('a', {href: `#/parties/${o.partyId}`, dir: 'auto'}, o.name ?? o.partyId)
        : h('span', {dir: 'auto'}, o.name ?? ''),
      ` ${o.relationship === 'CONTROLS' ? 'controls' : 'owns'}`, shareText(o), listedText(o)))));
}

/** How a link reads from the matched party's side ("Director or officer of" X), by type and direction. */
const LINK_LABELS = {
  OUTGOING: {OWNS: 'Owns', CONTROLS: 'Controls', DIRECTOR_OF: 'Director or officer of', ACTS_FOR: 'Acts for',
    LINKED_TO: 'Linked to', FAMILY_MEMBER: 'Family member of'},
  INCOMING: {OWNS: 'Owned by', CONTROLS: 'Controlled by', DIRECTOR_OF: 'Has as director or officer',
    ACTS_FOR: 'Has acting for it', LINKED_TO: 'Linked to', FAMILY_MEMBER: 'Family member of'},
};

/** The matched party's other links (issue 17): what it owns or controls, directors, agents, linked, family. */
function linkedParties(list, truncated) {
  if (!list.length) {
    return null;
  }
  return h('div', {class: 'match-links'}, h('p', {}, h('strong', {}, 'Linked parties')),
    h('ul', {}, list.map((l) => h('li', {class: l.listed ? 'link listed' : 'link'},
      `${LINK_LABELS[l.direction]?.[l.type] ?? label(l.type)} `,
      l.partyId ? h('a', {href: `#/parties/${l.partyId}`, dir: 'auto'}, l.name ?? l.partyId)
        : h('span', {dir: 'auto'}, l.name ?? ''),
      shareText(l), listedText(l)))),
    truncated ? h('p', {class: 'muted'}, `Only the first ${list.length} links are shown.`) : null);
}

function shareText(o) {
  return o.share !== null && o.share !== undefined ? ` ${o.share}%`
    : o.shareMin !== null && o.shareMin !== undefined ? ` ${o.shareMin}–${o.shareMax}%` : '';
}

function listedText(o) {
  return o.listed ? [' · ', badge('Listed', 'hit'), ' ', (o.measures ?? []).map((x) => x.program).join(', ')]
    : ' · not listed';
}

function measures(list) {
  if (!list.length) {
    return null;
  }
  return h('ul', {class: 'chips'}, list.map((x) => h('li', {class: x.derived ? 'chip derived' : 'chip'},
    h('strong', {}, x.program ?? ''), ` ${label(x.type)} · ${x.authority ?? ''} `, statusBadge(x.status),
    x.derived ? [' ', badge('through its owners', 'muted')] : null)));
}
