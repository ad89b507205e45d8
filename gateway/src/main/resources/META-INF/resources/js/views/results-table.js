// Screening results as a table: the total, facet counts computed from the answer (kind, program, authority, measure
// type, nationality as the scorer compared it), and columns sorted by a click on their heading.
import {badge, labelCells} from '../components.js';
import {h, replace} from '../dom.js';
import {label, percent} from '../format.js';

const COLUMNS = [
  {title: 'Rank', key: (m) => m.rank},
  {title: 'Score', key: (m) => m.score},
  {title: 'Party', key: (m) => (m.primaryName ?? '').toLowerCase()},
  {title: 'Kind', key: (m) => m.kind ?? ''},
  {title: 'Matched name', key: (m) => (m.matchedName ?? '').toLowerCase()},
  {title: 'Programs', key: (m) => programs(m).join(', ')},
  {title: 'Authorities', key: (m) => authorities(m).join(', ')},
  {title: 'Result', key: (m) => (m.match ? 1 : 0)},
];

/** The table for ranked matches; onSort(matches in the new order) lets the page reorder its detail cards too. */
export function resultsTable(ranked, threshold, onSort) {
  const matches = ranked.map((m, i) => ({...m, rank: i + 1, original: m}));
  const body = h('tbody', {});
  const state = {column: 0, descending: false};
  const headers = COLUMNS.map((c, i) => {
    const button = h('button', {type: 'button', class: 'sort link', dataset: {column: String(i)}}, c.title);
    button.addEventListener('click', () => {
      state.descending = state.column === i ? !state.descending : i === 1 || i === 7;
      state.column = i;
      render();
    });
    return h('th', {scope: 'col', 'aria-sort': 'none'}, button);
  });
  const render = () => {
    const key = COLUMNS[state.column].key;
    const sorted = [...matches].sort((a, b) => compare(key(a), key(b)) * (state.descending ? -1 : 1) || a.rank - b.rank);
    headers.forEach((th, i) => th.setAttribute('aria-sort', i === state.column ? (state.descending ? 'descending' : 'ascending') : 'none'));
    replace(body, sorted.map(row));
    labelCells(COLUMNS.map((c) => c.title), body.children);
    onSort(sorted.map((m) => m.original));
  };
  render();
  return h('section', {id: 'results-table-section'},
    h('p', {id: 'results-total'}, h('strong', {}, `${matches.length} result${matches.length === 1 ? '' : 's'}`),
      ` · ${matches.filter((m) => m.match).length} at or above the threshold ${percent(threshold ?? 0)}`),
    facetsView(matches),
    h('div', {class: 'table-box'}, h('table', {class: 'results stackable', id: 'results-table'},
      h('thead', {}, h('tr', {}, headers)), body)));
}

function row(m) {
  return h('tr', {class: `result-row ${m.match ? 'is-match' : ''}`, dataset: {partyId: m.partyId}},
    h('td', {}, String(m.rank)),
    h('td', {class: 'pct'}, percent(m.score)),
    h('td', {dir: 'auto'}, h('a', {href: `#/parties/${m.partyId}`}, m.primaryName ?? m.partyId)),
    h('td', {}, label(m.kind)),
    h('td', {dir: 'auto'}, m.matchedName ?? ''),
    h('td', {}, programs(m).join(', ')),
    h('td', {}, authorities(m).join(', ')),
    h('td', {}, m.match ? badge('Match', 'hit') : badge('Below', 'muted')));
}

/** Facet counts: how many candidates have each value (a candidate counts once per value). */
export function facets(matches) {
  return [
    ['Kind', matches.map((m) => [label(m.kind)])],
    ['Program', matches.map(programs)],
    ['Authority', matches.map(authorities)],
    ['Measure type', matches.map((m) => unique((m.measures ?? []).map((x) => label(x.type))))],
    ['Nationality', matches.map(nationality)],
  ].map(([name, values]) => [name, count(values)]);
}

function facetsView(matches) {
  return h('div', {class: 'facets', id: 'results-facets'}, facets(matches).map(([name, counts]) =>
    h('div', {class: 'facet', dataset: {facet: name}}, h('strong', {}, name),
      h('ul', {}, counts.map(([value, n]) => h('li', {}, `${value} `, h('span', {class: 'badge'}, String(n))))))));
}

function programs(m) {
  return unique((m.measures ?? []).map((x) => x.program).filter(Boolean));
}

function authorities(m) {
  return unique([...(m.measures ?? []).map((x) => x.authority), ...(m.sources ?? []).map((s) => s.authority)].filter(Boolean));
}

/** The answer carries no nationality of its own: the scorer's comparison with the one screened is what it says. */
function nationality(m) {
  const effect = (m.explanation?.attributes ?? []).find((a) => a.attribute === 'nationality');
  if (!effect) {
    return ['not compared'];
  }
  return [String(effect.effect).toUpperCase() === 'RAISED' ? 'agrees' : String(effect.effect).toUpperCase() === 'LOWERED'
    ? 'differs' : 'not compared'];
}

function count(valueLists) {
  const counts = new Map();
  for (const values of valueLists) {
    for (const v of values.length ? values : ['(none)']) {
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function unique(values) {
  return [...new Set(values)];
}

/** Numbers by value, text by code point (predictable for names in any script). */
function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
