// Create or edit a party (registry-editor). Every save carries a reason; an edit sends the version it started from
// (If-Match). When someone else saved in between (412), the page shows their changes next to the user's own, keeps
// the user's edit, and offers to merge it into the current version (their fields plus the user's), to save it as it
// is over the current version, or to discard it.
import {ApiError} from '../api.js';
import {pageHeading, problemBox} from '../components.js';
import {diff} from '../diff.js';
import {field, h, replace} from '../dom.js';
import {primaryName} from '../format.js';
import {changesView} from './changes.js';
import {partyForm} from './party-form.js';

export async function partyEditView(ctx, el, id) {
  const response = id ? await ctx.api.request(`/api/v1/parties/${id}`) : null;
  const state = {base: response?.data ?? null, version: response?.version ?? response?.data?.version ?? null,
    form: partyForm(response?.data ?? null)};
  const formSlot = h('div', {}, state.form.el);
  const badge = id ? h('span', {class: 'badge', id: 'editing-version'}, `editing version ${state.version}`) : null;
  const reason = h('textarea', {required: true, maxlength: '1000', rows: '2', name: 'reason', id: 'change-reason',
    placeholder: id ? 'e.g. Added the Chinese name from the State Department notice' : 'e.g. Designated on 2025-03-31 …'});
  const conflict = h('div', {id: 'conflict'});
  const messages = h('div', {'aria-live': 'assertive'});
  const save = h('button', {type: 'submit', class: 'primary', id: 'save-party'}, id ? 'Save changes' : 'Create party');
  const formEl = h('form', {class: 'card', id: 'party-form'}, formSlot,
    field('Reason for this change (recorded in the audit log)', reason), messages,
    h('div', {class: 'actions'}, save, h('a', {href: id ? `#/parties/${id}` : '#/parties', class: 'button'}, 'Cancel')));

  /** Starts over from another version of the party, with the given values in the form. */
  const rebase = (current, values) => {
    state.base = current.data;
    state.version = current.version;
    state.form = partyForm({...current.data, ...values});
    replace(formSlot, state.form.el);
    badge.textContent = `editing version ${state.version}`;
  };
  const submit = async () => {
    replace(messages);
    state.form.clearViolations();
    reason.removeAttribute('aria-invalid');
    const input = state.form.value();
    try {
      const saved = id
        ? await ctx.api.request(`/api/v1/parties/${id}`, {method: 'PUT', json: input, version: state.version, reason: reason.value.trim()})
        : await ctx.api.request('/api/v1/parties', {method: 'POST', json: input, reason: reason.value.trim()});
      if (saved.status === 202) {
        // maker-checker: the change waits for a second editor and has not taken effect
        ctx.notify(`Sent for approval as change request ${saved.data?.id}: a second editor must approve it before it takes effect.`, 'success');
        ctx.navigate(id ? `#/parties/${id}` : '#/parties');
        return;
      }
      ctx.notify(id ? `Saved version ${saved.version ?? saved.data?.version}.` : 'Party created.', 'success');
      ctx.navigate(`#/parties/${saved.data?.id ?? id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && id) {
        await showConflict({ctx, id, state, conflict, error, rebase, resubmit: submit});
      } else {
        state.form.markViolations(error.violations ?? []);
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
  replace(el, pageHeading(id ? `Edit ${primaryName(state.base)}` : 'New party', badge), conflict, formEl);
}

/** The stale-version explanation: their changes since the user's start, the user's own, and three ways on. */
async function showConflict({ctx, id, state, conflict, error, rebase, resubmit}) {
  const current = await ctx.api.request(`/api/v1/parties/${id}`);
  const base = writable(state.base);
  const theirs = writable(current.data);
  const mine = state.form.value();
  const mineChanged = changedFields(base, mine);
  const overlap = [...changedFields(base, theirs)].filter((f) => mineChanged.has(f));
  const button = (attrs, text, action) => {
    const b = h('button', {type: 'button', ...attrs}, text);
    b.addEventListener('click', action);
    return b;
  };
  replace(conflict, h('section', {class: 'alert warning conflict', role: 'alert'},
    h('h2', {tabindex: '-1'}, 'Someone else saved this party while you were editing'),
    h('p', {}, `You started from version ${state.version}; the current version is ${current.version}. `, error.message),
    h('div', {class: 'two-col'},
      h('div', {}, h('h3', {}, `Their changes (version ${state.version} → ${current.version})`),
        changesView({before: base, after: theirs})),
      h('div', {}, h('h3', {}, 'Your changes (not saved yet)'), changesView({before: base, after: mine}))),
    overlap.length
      ? h('p', {class: 'overlap'}, h('strong', {}, 'Both of you changed: '), overlap.join(', '),
        '. Merging keeps your values there.')
      : h('p', {}, 'Your changes and theirs touch different fields, so they can be merged.'),
    h('div', {class: 'actions'},
      button({class: 'primary', id: 'conflict-merge'}, `Merge my changes into version ${current.version}`, () => {
        rebase(current, Object.fromEntries([...mineChanged].map((f) => [f, mine[f]])));
        replace(conflict, h('p', {class: 'alert warning', role: 'status', id: 'conflict-merged'},
          `The form now holds version ${current.version} with your changes applied. Check it and save.`));
      }),
      button({id: 'conflict-keep-mine'}, `Save my edit as it is over version ${current.version}`, async () => {
        rebase(current, mine);
        replace(conflict);
        await resubmit();
      }),
      button({id: 'conflict-take-theirs'}, `Discard my edit, load version ${current.version}`, () => {
        rebase(current, {});
        replace(conflict);
      }))));
  conflict.querySelector('h2').focus();
}

/** Top-level fields whose values differ between two versions. */
function changedFields(before, after) {
  return new Set(diff(before, after).map((c) => c.path.split(/[.[]/)[0]));
}

/** The writable part of a party, as the form produces it, for comparisons. */
function writable(party) {
  if (!party) {
    return {};
  }
  const {id, version, measures, createdAt, updatedAt, ...rest} = party;
  return rest;
}
