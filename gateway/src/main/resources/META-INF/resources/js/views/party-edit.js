// Create or edit a party (registry-editor). Every save carries a reason; an edit sends the version it started from
// (If-Match), and when someone else saved in between (412) the page shows their changes next to the user's own,
// keeps the user's edit in the form, and lets them save it over the current version or take the current one.
import {ApiError} from '../api.js';
import {pageHeading, problemBox} from '../components.js';
import {diff} from '../diff.js';
import {field, h, replace} from '../dom.js';
import {primaryName} from '../format.js';
import {changesView} from './changes.js';
import {partyForm} from './party-form.js';

export async function partyEditView(ctx, el, id) {
  const response = id ? await ctx.api.request(`/api/v1/parties/${id}`) : null;
  const state = {base: response?.data ?? null, version: response?.version ?? response?.data?.version ?? null};
  const form = partyForm(state.base);
  const reason = h('textarea', {required: true, maxlength: '1000', rows: '2', name: 'reason', id: 'change-reason',
    placeholder: id ? 'e.g. Added the Chinese name from the State Department notice' : 'e.g. Designated on 2025-03-31 …'});
  const conflict = h('div', {id: 'conflict'});
  const messages = h('div', {'aria-live': 'assertive'});
  const save = h('button', {type: 'submit', class: 'primary', id: 'save-party'}, id ? 'Save changes' : 'Create party');
  const formEl = h('form', {class: 'card', id: 'party-form', novalidate: false}, form.el,
    field('Reason for this change (recorded in the audit log)', reason), messages,
    h('div', {class: 'actions'}, save, h('a', {href: id ? `#/parties/${id}` : '#/parties', class: 'button'}, 'Cancel')));

  const submit = async () => {
    replace(messages);
    form.clearViolations();
    reason.removeAttribute('aria-invalid');
    const input = form.value();
    try {
      const saved = id
        ? await ctx.api.request(`/api/v1/parties/${id}`, {method: 'PUT', json: input, version: state.version, reason: reason.value.trim()})
        : await ctx.api.request('/api/v1/parties', {method: 'POST', json: input, reason: reason.value.trim()});
      ctx.notify(id ? `Saved version ${saved.version ?? saved.data?.version}.` : 'Party created.', 'success');
      ctx.navigate(`#/parties/${saved.data?.id ?? id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && id) {
        await showConflict(ctx, id, state, form, conflict, error, submit);
      } else {
        form.markViolations(error.violations ?? []);
        if ((error.violations ?? []).some((v) => v.field === 'X-Change-Reason')) {
          reason.setAttribute('aria-invalid', 'true');
          reason.focus();
        }
        replace(messages, problemBox(error, id ? 'The changes were not saved' : 'The party was not created'));
      }
    }
  };
  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      await submit();
    } finally {
      save.disabled = false;
    }
  });
  replace(el, pageHeading(id ? `Edit ${primaryName(state.base)}` : 'New party',
    id ? h('span', {class: 'badge', id: 'editing-version'}, `editing version ${state.version}`) : null), conflict, formEl);
}

/** The stale-version explanation: their changes since the user's start, the user's own changes, two ways on. */
async function showConflict(ctx, id, state, form, conflict, error, resubmit) {
  const current = await ctx.api.request(`/api/v1/parties/${id}`);
  const theirs = {...current.data};
  const mine = form.value();
  const baseInput = strip(state.base);
  const keepMine = h('button', {type: 'button', class: 'primary', id: 'conflict-keep-mine'},
    `Save my edit over version ${current.version}`);
  const takeTheirs = h('button', {type: 'button', id: 'conflict-take-theirs'}, `Discard my edit, load version ${current.version}`);
  keepMine.addEventListener('click', async () => {
    state.base = current.data;
    state.version = current.version;
    replace(conflict);
    await resubmit();
  });
  takeTheirs.addEventListener('click', () => {
    replace(conflict);
    ctx.reload();
  });
  replace(conflict, h('section', {class: 'alert warning conflict', role: 'alert'},
    h('h2', {}, 'Someone else saved this party while you were editing'),
    h('p', {}, `You started from version ${state.version}; the current version is ${current.version}. `, error.message),
    h('div', {class: 'two-col'},
      h('div', {}, h('h3', {}, `Their changes (version ${state.version} → ${current.version})`),
        changesView({before: baseInput, after: strip(theirs)})),
      h('div', {}, h('h3', {}, 'Your changes (not saved yet, still in the form below)'),
        changesView({before: baseInput, after: mine}))),
    overlapNote(baseInput, strip(theirs), mine),
    h('div', {class: 'actions'}, keepMine, takeTheirs)));
  conflict.querySelector('h2').setAttribute('tabindex', '-1');
  conflict.querySelector('h2').focus();
}

function overlapNote(base, theirs, mine) {
  const theirPaths = new Set(diff(base, theirs).map((c) => c.path));
  const both = diff(base, mine).map((c) => c.path).filter((p) => theirPaths.has(p));
  return both.length
    ? h('p', {class: 'overlap'}, h('strong', {}, 'Both of you changed: '), [...new Set(both)].join(', '),
      '. Saving your edit replaces their values there.')
    : h('p', {}, 'Your changes and theirs touch different fields, but saving your edit sends the whole party as it is in'
      + ' the form: their changes would be undone unless you copy them in first.');
}

/** The writable part of a party, as the form produces it, for comparisons. */
function strip(party) {
  if (!party) {
    return {};
  }
  const {id, version, measures, createdAt, updatedAt, ...rest} = party;
  return rest;
}
