// Renders a screening explanation: the query tokens aligned over the listed name's tokens, coloured by how they
// matched, then the tokens left unmatched, the attributes that moved the score, and what was ignored.
import {h} from '../dom.js';
import {label, percent} from '../format.js';

const METHOD_HELP = {
  EXACT: 'identical after normalisation',
  TRANSLITERATION: 'same after transliteration into Latin script',
  VARIANT: 'known variant of the same name',
  JOINED: 'tokens written together or apart',
  EDIT_DISTANCE: 'spelling difference',
  PHONETIC: 'sounds the same',
  INITIAL: 'initial of the name',
};

export function explanationView(explanation) {
  if (explanation === null || explanation === undefined) {
    return null;
  }
  if (typeof explanation === 'string') {
    return h('p', {class: 'explanation-text'}, explanation);
  }
  const alignments = explanation.alignments ?? [];
  const totalWeight = alignments.reduce((sum, a) => sum + Number(a.weight ?? 0), 0);
  return h('div', {class: 'explanation'},
    h('div', {class: 'alignment', role: 'table', 'aria-label': 'How the query tokens aligned with the listed name'},
      h('div', {class: 'align-col legend', role: 'row'},
        h('span', {class: 'tok', role: 'rowheader'}, 'query'), h('span', {class: 'how'}, ''),
        h('span', {class: 'how weight'}, ''),
        h('span', {class: 'tok', role: 'rowheader'}, 'listed')),
      alignments.map((a) => alignedPair(a, totalWeight)),
      (explanation.unmatchedQueryTokens ?? []).map((t) => unmatched(t, 'query')),
      (explanation.unmatchedNameTokens ?? []).map((t) => unmatched(t, 'listed'))),
    weightsTable(alignments, totalWeight),
    scoreLine(explanation),
    attributes(explanation.attributes ?? []),
    (explanation.dropped ?? []).length
      ? h('p', {class: 'muted'}, 'Ignored (titles, legal forms, stop words): ', explanation.dropped.join(', '))
      : null);
}

function alignedPair(a, totalWeight) {
  const method = String(a.method ?? '').toUpperCase();
  const help = METHOD_HELP[method] ?? '';
  return h('div', {class: `align-col m-${method.toLowerCase()}`, role: 'row',
    title: `${label(method)}: ${help}; similarity ${percent(a.similarity ?? 0)}, weight ${Number(a.weight ?? 0).toFixed(2)}`},
  h('span', {class: 'tok q', role: 'cell', dir: 'auto'}, a.queryToken ?? ''),
  h('span', {class: 'how', role: 'cell'}, `${label(method)} ${percent(a.similarity ?? 0)}`),
  h('span', {class: 'how weight', role: 'cell'}, `weight ${share(a.weight, totalWeight)}`),
  h('span', {class: 'tok n', role: 'cell', dir: 'auto'}, a.nameToken ?? ''));
}

/**
 * The token weights that explain the name similarity: rare tokens weigh more than common ones, so two exact tokens
 * can still give less than 100% when the listed name has tokens the query does not explain.
 */
function weightsTable(alignments, totalWeight) {
  if (!alignments.length) {
    return null;
  }
  return h('table', {class: 'weights stackable'},
    h('thead', {}, h('tr', {}, ['Query token', 'Listed token', 'Similarity', 'Weight', 'Share of the weight']
      .map((t) => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, alignments.map((a) => h('tr', {},
      h('td', {dir: 'auto', 'data-label': 'Query token'}, a.queryToken ?? ''),
      h('td', {dir: 'auto', 'data-label': 'Listed token'}, a.nameToken ?? ''),
      h('td', {'data-label': 'Similarity'}, percent(a.similarity ?? 0)),
      h('td', {'data-label': 'Weight', class: 'token-weight'}, Number(a.weight ?? 0).toFixed(2)),
      h('td', {'data-label': 'Share of the weight'}, share(a.weight, totalWeight))))));
}

function share(weight, total) {
  return total > 0 ? percent(Number(weight ?? 0) / total) : '—';
}

function unmatched(token, side) {
  return h('div', {class: 'align-col unmatched', role: 'row', title: `No counterpart in the ${side === 'query' ? 'listed name' : 'query'}`},
    h('span', {class: 'tok q', role: 'cell', dir: 'auto'}, side === 'query' ? token : ''),
    h('span', {class: 'how', role: 'cell'}, 'unmatched'),
    h('span', {class: 'how weight', role: 'cell'}, ''),
    h('span', {class: 'tok n', role: 'cell', dir: 'auto'}, side === 'listed' ? token : ''));
}

function scoreLine(e) {
  if (e.nameScore === undefined) {
    return null;
  }
  return h('p', {class: 'muted score-line'}, `Name similarity ${percent(e.nameScore)}`,
    e.queryCoverage !== undefined ? `, query explained ${percent(e.queryCoverage)}` : '',
    e.nameCoverage !== undefined ? `, listed name explained ${percent(e.nameCoverage)}` : '',
    ' (each token counts by its weight; the attributes below then raise or lower the score).');
}

function attributes(list) {
  if (!list.length) {
    return null;
  }
  return h('ul', {class: 'attributes'}, list.map((a) => {
    const effect = String(a.effect ?? 'NEUTRAL').toUpperCase();
    const arrow = effect === 'RAISED' ? '▲' : effect === 'LOWERED' ? '▼' : '•';
    const delta = Number(a.delta ?? 0);
    return h('li', {class: `effect-${effect.toLowerCase()}`},
      h('span', {'aria-hidden': 'true'}, `${arrow} `),
      h('strong', {}, label(a.attribute)), ` ${effect.toLowerCase()} the score`,
      delta ? ` (${delta > 0 ? '+' : ''}${delta.toFixed(2)})` : '', a.detail ? `: ${a.detail}` : '');
  }));
}
