// An ownership determination (issue 17), as an OWNERSHIP alert carries it (GET /api/v1/alerts/{id}, `ownership`, the
// same document as a screening answer's): per jurisdiction (US, EU, UK) whether the customer's owners block it, the
// proven blocked share, and each path from a listed owner down to the customer, one step per holding, naming the
// listed party the owner matched and the programs that block it.
import {badge} from '../components.js';
import {h} from '../dom.js';

export const JURISDICTIONS = ['US', 'EU', 'UK'];

/** The three determinations side by side; null when there is none. linkParty(id) gives a party's page, or null. */
export function ownershipView(ownership, linkParty = () => null) {
  if (!ownership) {
    return null;
  }
  return h('div', {class: 'ownership', id: 'ownership-determinations'},
    JURISDICTIONS.map((code) => jurisdiction(code, ownership[code], linkParty)));
}

/** The customer's owners as stored on the alert (nested lists), for the customer's side. */
export function ownersList(owners) {
  if (!Array.isArray(owners) || !owners.length) {
    return null;
  }
  return h('ul', {class: 'owners'}, owners.map((o) => {
    const how = [o.share ? `${String(o.share).replace('..', '-')}%` : null, o.controls ? 'controls' : null]
      .filter(Boolean).join(', ');
    return h('li', {class: 'owner'}, h('span', {dir: 'auto'}, o.name ?? ''), how ? ` (${how})` : null,
      ownersList(o.owners));
  }));
}

function jurisdiction(code, d, linkParty) {
  if (!d) {
    return null;
  }
  const verdict = verdictText(d);
  const paths = Array.isArray(d.paths) ? d.paths : [];
  const notes = Array.isArray(d.notes) ? d.notes : [];
  return h('section', {class: 'card ownership-jurisdiction', id: `ownership-${code}`,
    dataset: {blocked: String(d.blocked)}},
  h('h3', {}, `${code} `, badge(verdict, d.blocked === true ? 'hit' : 'muted'),
    d.blocked === true && d.controlled ? ' through control' : null),
  h('p', {class: 'muted'}, d.rule ?? ''),
  h('p', {}, 'Proven blocked holding: ', h('strong', {class: 'aggregate-share'}, `${d.aggregateShare ?? 0}%`)),
  paths.length ? h('ol', {class: 'ownership-paths'}, paths.map((p) => path(p, linkParty))) : null,
  notes.length ? h('ul', {class: 'notes'}, notes.map((n) => h('li', {}, n))) : null);
}

function path(steps, linkParty) {
  return h('li', {class: 'ownership-path'}, h('ol', {class: 'steps'}, (steps ?? []).map((s) => step(s, linkParty))));
}

function step(s, linkParty) {
  const owned = s.owned === 'customer' ? 'the customer' : s.ownedName ?? s.owned;
  const href = s.listedPartyId ? linkParty(s.listedPartyId) : null;
  const listed = s.listedName ?? s.listedPartyId;
  return h('li', {class: 'ownership-step'},
    h('strong', {dir: 'auto'}, s.ownerName ?? s.owner ?? ''), ` ${holding(shareText(s.share), s.controls) || 'holds an unknown share of'} `,
    h('span', {dir: 'auto'}, owned),
    s.listedPartyId ? [', matched listed party ', href ? h('a', {href}, listed) : h('span', {dir: 'auto'}, listed)] : null,
    Array.isArray(s.programs) && s.programs.length ? [' ', s.programs.map((p) => badge(p))] : null);
}

/** "holds 30% of", "controls", "holds 20-30% of and controls". */
function holding(share, controls) {
  const held = share !== null && share !== undefined && share !== '' ? `holds ${share}% of` : '';
  return [held, controls ? 'controls' : ''].filter(Boolean).join(' and ');
}

/** A determination's answer in words: Blocked, Not blocked, or Cannot tell (a share is missing). */
export function verdictText(d) {
  return d.blocked === true ? 'Blocked' : d.blocked === false ? 'Not blocked' : 'Cannot tell';
}

/** A path step's share {min, max} as text: "30" or "20-30". */
export function shareText(share) {
  if (!share || share.min === null || share.min === undefined) {
    return null;
  }
  return share.min === share.max ? String(share.min) : `${share.min}-${share.max}`;
}
