// One alert (GET /api/v1/alerts/{id}): the customer and the listed party side by side as they were compared, the
// explanation, measures and versions, the decisions the user's role allows (POST /api/v1/alerts/{id}/decisions,
// a reason required except to escalate), and the alert's append-only history. An OWNERSHIP alert (basis) also shows
// the determination per jurisdiction with the paths from the listed owners down to the customer (js/views/ownership.js).
import {badge, empty, facts, pageHeading, problemBox, scoreBar} from '../components.js';
import {field, h, replace} from '../dom.js';
import {birthDate, country, instant, label} from '../format.js';
import {decisionsOf} from '../roles.js';
import {explanationView} from './explanation.js';
import {customerName, programsOf, stateBadge} from './alerts.js';
import {ownersList, ownershipView} from './ownership.js';

/** Which decisions each state takes (the lookup service answers 409 to the others). */
const ALLOWED_IN = {
  FALSE_POSITIVE: ['OPEN', 'ESCALATED'],
  TRUE_MATCH: ['OPEN', 'ESCALATED'],
  ESCALATE: ['OPEN', 'IN_REVIEW'],
  CONFIRM: ['IN_REVIEW'],
  RETURN: ['IN_REVIEW'],
};
const BUTTONS = {
  FALSE_POSITIVE: 'False positive', TRUE_MATCH: 'True match', ESCALATE: 'Escalate', CONFIRM: 'Confirm', RETURN: 'Return',
};

export async function alertView(ctx, el, id) {
  const alert = await ctx.api.get(`/api/v1/alerts/${id}`);
  render(ctx, el, alert);
}

function render(ctx, el, a) {
  const customer = customerName(a) || a.customerId;
  document.title = `Alert: ${customer} · Sanctions registry`;
  replace(el,
    pageHeading(`${customer} ~ ${a.matchedName ?? a.partyId}`, stateBadge(a.state, {id: 'alert-state'}),
      ' ', badge(a.basis === 'OWNERSHIP' ? 'Ownership' : 'Name', a.basis === 'OWNERSHIP' ? 'hit' : '')),
    h('div', {class: 'sides', id: 'alert-sides'},
      h('section', {class: 'card side', id: 'alert-customer'}, h('h2', {}, 'Customer'), customerFacts(a)),
      h('section', {class: 'card side', id: 'alert-party'},
      h('h2', {}, a.basis === 'OWNERSHIP' ? 'Listed owner' : 'Listed party'), partyFacts(ctx, a))),
    h('section', {class: 'card', id: 'alert-facts'}, facts([
      ['Basis', h('span', {id: 'alert-basis'}, a.basis === 'OWNERSHIP'
        ? 'Ownership: blocked through its owners or controllers' : 'Name: the customer\'s name resembles the listed party')],
      ['Score', scoreBar(a.score, true)],
      ['Programs', programsOf(a).join(', ')],
      ['Measures', measures(a.measures)],
      ['Pending decision', a.pendingDecision ? `${label(a.pendingDecision)}, proposed by ${a.proposedBy ?? '?'}` : null],
      ['Closed because', a.closedReason],
      ['Engine version', h('span', {id: 'alert-engine-version'}, a.engineVersion ?? '')],
      ['Configuration hash', a.configHash ? h('span', {class: 'mono'}, a.configHash) : null],
      ['List version', h('span', {id: 'alert-list-version'}, String(a.listVersion ?? ''))],
      ['Bank', a.bank],
      ['Raised', instant(a.createdAt)],
      ['Last changed', instant(a.updatedAt)],
    ])),
    decisionForm(ctx, el, a),
    a.basis === 'OWNERSHIP' ? h('section', {id: 'alert-ownership'}, h('h2', {}, 'Blocked through its owners'),
      ownershipView(a.ownership, (id) => (ctx.caps.readRegistry ? `#/parties/${id}` : null))) : null,
    h('section', {id: 'alert-explanation'}, h('h2', {}, a.basis === 'OWNERSHIP' ? 'Why the owner matched' : 'Why it matched'),
      explanationView(a.explanation) ?? empty('No explanation recorded.')),
    h('section', {id: 'alert-history'}, h('h2', {}, 'History'),
      (a.history ?? []).length ? h('ol', {class: 'timeline'}, a.history.map(historyItem)) : empty('No action yet.')),
    h('p', {}, h('a', {href: '#/alerts'}, '← Alert queue')));
}

function customerFacts(a) {
  const c = a.customer ?? {};
  return facts([
    ['Customer id', h('span', {class: 'mono'}, a.customerId ?? '')],
    ['Names', names(c.names)],
    ['Kind', label(c.kind)],
    ['Birth date', c.birthDate ? birthDate(c.birthDate) : null],
    ['Nationality', country(c.nationality)],
    ['Owners', ownersList(c.owners)],
  ]);
}

function partyFacts(ctx, a) {
  const p = a.party ?? {};
  const id = h('span', {class: 'mono'}, a.partyId ?? '');
  return facts([
    ['Party', ctx.caps.readRegistry ? h('a', {href: `#/parties/${a.partyId}`}, id) : id],
    ['Matched name', h('span', {dir: 'auto'}, a.matchedName ?? '')],
    ['Names', names(p.names)],
    ['Kind', label(p.kind)],
    ['Birth dates', (p.birthDates ?? []).join(', ')],
    ['Nationalities', (p.nationalities ?? []).map(country).join(', ')],
    ['Party version', a.partyVersion !== undefined ? String(a.partyVersion) : null],
  ]);
}

function names(list) {
  return Array.isArray(list) && list.length ? h('ul', {}, list.map((n) => h('li', {dir: 'auto'}, n))) : null;
}

function measures(list) {
  return Array.isArray(list) && list.length ? h('ul', {class: 'chips'}, list.map((m) => h('li', {class: 'chip'},
    [m.program, label(m.type), m.authority].filter(Boolean).join(' · '), ' ', badge(label(m.status ?? 'ACTIVE'))))) : null;
}

function decisionForm(ctx, el, a) {
  const decisions = decisionsOf(ctx.me.roles).filter((d) => ALLOWED_IN[d].includes(a.state));
  if (!decisions.length) {
    return null;
  }
  const reason = h('textarea', {id: 'decision-reason', name: 'reason', rows: '3', maxlength: '2000'});
  const problem = h('div', {id: 'decision-problem'});
  const buttons = decisions.map((d) => {
    const button = h('button', {type: 'button', class: `decision ${d === 'ESCALATE' ? '' : 'primary'}`.trim(),
      dataset: {decision: d}}, BUTTONS[d]);
    button.addEventListener('click', () => decide(ctx, el, a, d, reason, problem, buttons));
    return button;
  });
  return h('section', {class: 'card decide', id: 'alert-decide'}, h('h2', {}, 'Decision'),
    field('Reason', reason, 'Required, except to escalate. It goes into the alert\'s history.'),
    h('div', {class: 'actions'}, buttons), problem);
}

async function decide(ctx, el, a, decision, reason, problem, buttons) {
  const text = reason.value.trim();
  replace(problem);
  reason.removeAttribute('aria-invalid');
  if (!text && decision !== 'ESCALATE') {
    reason.setAttribute('aria-invalid', 'true');
    replace(problem, h('div', {class: 'alert error', role: 'alert'}, `${BUTTONS[decision]} needs a reason.`));
    reason.focus();
    return;
  }
  buttons.forEach((b) => {
    b.disabled = true;
  });
  try {
    const updated = (await ctx.api.request(`/api/v1/alerts/${a.id}/decisions`,
      {method: 'POST', json: {decision, reason: text || null}})).data;
    render(ctx, el, updated);
    ctx.notify(`Decision recorded: ${BUTTONS[decision]}. The alert is now ${label(updated.state).toLowerCase()}.`, 'success');
    el.querySelector('h1')?.focus();
  } catch (error) {
    buttons.forEach((b) => {
      b.disabled = false;
    });
    if (error.violations?.some((v) => String(v.field ?? '').endsWith('reason'))) {
      reason.setAttribute('aria-invalid', 'true');
    }
    replace(problem, problemBox(error, error.status === 409 ? 'Not possible now' : 'The decision was not recorded'));
  }
}

function historyItem(x) {
  return h('li', {class: 'event alert-action', dataset: {action: x.action ?? ''}},
    h('div', {class: 'event-head'},
      h('span', {class: 'action'}, label(x.action)),
      x.fromState || x.toState ? h('span', {class: 'muted'}, `${label(x.fromState) || '—'} → ${label(x.toState)}`) : null,
      h('time', {datetime: x.at ?? ''}, instant(x.at)),
      h('span', {class: 'actor'}, 'by ', h('strong', {}, x.actor || 'unknown'))),
    x.reason ? h('blockquote', {class: 'reason'}, x.reason) : null,
    x.detail ? h('code', {class: 'json'}, JSON.stringify(x.detail)) : null);
}
