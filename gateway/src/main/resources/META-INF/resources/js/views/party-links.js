// The party's links both ways as a small graph (issue 17, item 4): its owners, controllers and others that point to
// it above, the party in the middle, what it owns, controls or acts for below; each link with its share, dates and
// who asserts it (the list with its file, or the person with the reason). GET /api/v1/parties/{id}/relationships.
import {empty, problemBox} from '../components.js';
import {append, h} from '../dom.js';
import {label} from '../format.js';

const ABOVE = {OWNS: 'owns', CONTROLS: 'controls', DIRECTOR_OF: 'is director or officer of', ACTS_FOR: 'is acted for by',
  LINKED_TO: 'is linked to', FAMILY_MEMBER: 'is a family member of'};
const BELOW = {OWNS: 'owns', CONTROLS: 'controls', DIRECTOR_OF: 'is director or officer of', ACTS_FOR: 'acts for',
  LINKED_TO: 'is linked to', FAMILY_MEMBER: 'is a family member of'};

/** The section, filled when the links have loaded. */
export function linksSection(ctx, id, name) {
  const section = h('section', {id: 'links', 'aria-labelledby': 'links-heading'},
    h('h2', {id: 'links-heading'}, 'Ownership and links'), h('p', {class: 'loading'}, 'Loading links…'));
  load(ctx, id, name, section);
  return section;
}

async function load(ctx, id, name, section) {
  try {
    const links = (await ctx.api.request(`/api/v1/parties/${id}/relationships`)).data ?? {};
    section.querySelector('.loading')?.remove();
    const incoming = links.incoming ?? [];
    const outgoing = links.outgoing ?? [];
    if (!incoming.length && !outgoing.length) {
      append(section, empty('No links to other parties are recorded.'));
      return;
    }
    append(section, h('div', {class: 'link-graph'},
      row('link-owners', 'Owners, controllers and others linked to this party', incoming, true),
      h('div', {class: 'link-self', 'aria-current': 'page'}, name),
      row('link-holdings', 'What this party owns, controls or is linked to', outgoing, false)));
  } catch (error) {
    section.querySelector('.loading')?.remove();
    append(section, problemBox(error, 'The links could not be loaded'));
  }
}

function row(cls, title, links, above) {
  if (!links.length) {
    return h('div', {class: `link-row ${cls}`}, h('p', {class: 'empty'}, above ? 'No owners or other links to this party.'
      : 'No holdings or other links from this party.'));
  }
  return h('div', {class: `link-row ${cls}`, role: 'list', 'aria-label': title}, links.map((l) => card(l, above)));
}

function card(link, above) {
  const words = (above ? ABOVE : BELOW)[link.type] ?? label(link.type);
  const relation = [above ? words : `this party ${words}`, share(link)].filter(Boolean).join(' ');
  const other = link.resolved && link.partyId
    ? h('a', {href: `#/parties/${link.partyId}`}, link.name ?? link.partyId)
    : h('span', {class: 'unresolved', title: 'Not in the registry: the name as the list published it'},
      link.name ?? 'unnamed', ' (not in the registry)');
  const dates = [link.startDate ? `from ${link.startDate}` : null, link.endDate ? `until ${link.endDate}` : null]
    .filter(Boolean).join(' ');
  return h('div', {class: `link-card link-${String(link.type).toLowerCase()}`, role: 'listitem',
    'data-link-type': link.type},
  h('div', {class: 'link-name'}, other),
  h('div', {class: 'link-relation'}, above ? `${relation} this party` : relation),
  dates ? h('div', {class: 'link-dates'}, dates) : null,
  link.remarks ? h('div', {class: 'link-remarks'}, link.remarks) : null,
  h('div', {class: 'link-sources'}, (link.sources ?? []).map(source)));
}

function share(link) {
  if (link.share !== null && link.share !== undefined) {
    return `${link.share}%`;
  }
  if (link.shareMin !== null && link.shareMin !== undefined && link.shareMax !== null && link.shareMax !== undefined) {
    return `${link.shareMin}–${link.shareMax}%`;
  }
  return null;
}

function source(s) {
  const text = s.kind === 'LIST'
    ? `Source: ${s.asserter}${s.fileSha256 ? ` (file ${s.fileSha256.slice(0, 12)}…)` : ''}`
    : `Added by ${s.username ?? s.asserter}${s.reason ? `: ${s.reason}` : ''}`;
  return h('span', {class: 'link-source'}, text);
}
