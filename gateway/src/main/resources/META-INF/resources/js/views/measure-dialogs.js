// Editor actions on measures: add one under a program, or end one (revocation or expiry) with a date and a reason.
// A party changed by someone else meanwhile (412) is explained in the dialog, which keeps what the user typed.
import {itemsOf} from '../api.js';
import {formDialog} from '../dialog.js';
import {field, h, select} from '../dom.js';
import {label, today} from '../format.js';
import {MEASURE_TYPES} from '../vocabulary.js';


export function revokeDialog(ctx, party, measure, version, reload) {
  let base = version;
  const date = h('input', {type: 'date', required: true, value: today(), name: 'date'});
  const status = select({name: 'status'}, [['REVOKED', 'Revoked (delisted)'], ['EXPIRED', 'Expired (lapsed)']], 'REVOKED');
  const reason = h('textarea', {required: true, maxlength: '1000', rows: '3', name: 'reason', id: 'revoke-reason',
    placeholder: 'e.g. Delisted by Federal Register notice of …'});
  formDialog({
    id: 'revoke-dialog',
    title: `End measure ${measure.program} (${label(measure.type)})`,
    submitLabel: 'Revoke measure',
    danger: true,
    fields: [
      h('p', {}, 'The measure stays in the record with its new status; nothing is deleted.'),
      field('Effective date', date), field('New status', status),
      field('Reason (recorded in the audit log)', reason)],
    onSubmit: async (dialog) => {
      const text = reason.value.trim();
      try {
        const answer = await ctx.api.request(`/api/v1/parties/${party.id}/measures/${measure.id}/revoke`, {method: 'POST',
          json: {date: date.value, reason: text, status: status.value}, version: base, reason: text});
        if (answer.status === 202) {
          ctx.notify(`Sent for approval as change request ${answer.data?.id}: the measure stays in force until a second editor approves.`, 'success');
          return true;
        }
      } catch (error) {
        if (error.status !== 412) {
          throw error;
        }
        const current = await explainConflict(ctx, party.id, measure.id, dialog, error);
        if (current.measure && current.measure.status !== 'ACTIVE') {
          // someone else ended it already: nothing is left to do here, so the dialog says so and closes
          ctx.notify(`Nothing left to do: measure ${measure.program} was already ${label(current.measure.status).toLowerCase()}`
            + ` by someone else${current.measure.statusReason ? ` (${current.measure.statusReason})` : ''}.`, 'info');
          await reload();
          return true;
        }
        base = current.version;
        return false;
      }
      ctx.notify(`Measure ${measure.program} ended: ${text}`, 'success');
      await reload();
      return true;
    },
  });
}

export async function addMeasureDialog(ctx, party, version, reload) {
  let base = version;
  const program = h('select', {required: true, name: 'program'}, h('option', {value: ''}, 'Loading programs…'));
  const type = select({name: 'type', required: true}, MEASURE_TYPES.map((t) => [t, label(t)]), 'ASSET_FREEZE');
  const authority = h('input', {type: 'text', name: 'authority', maxlength: '32', placeholder: "the program's by default"});
  const listed = h('input', {type: 'date', name: 'listedDate', required: true, value: today()});
  const effective = h('input', {type: 'date', name: 'effectiveDate'});
  const sourceUrl = h('input', {type: 'url', name: 'sourceUrl', maxlength: '2000', placeholder: 'https://…'});
  const reason = h('textarea', {required: true, maxlength: '1000', rows: '3', name: 'reason'});
  formDialog({
    id: 'measure-dialog',
    title: 'Add a measure',
    submitLabel: 'Add measure',
    fields: [field('Program', program), field('Type', type), field('Authority', authority),
      field('Listed date', listed), field('Effective date', effective, 'Defaults to the listed date.'),
      field('Source URL', sourceUrl), field('Reason (recorded in the audit log)', reason)],
    onSubmit: async (dialog) => {
      const body = {program: program.value, type: type.value, listedDate: listed.value};
      if (authority.value.trim()) body.authority = authority.value.trim();
      if (effective.value) body.effectiveDate = effective.value;
      if (sourceUrl.value.trim()) body.sourceUrl = sourceUrl.value.trim();
      try {
        const answer = await ctx.api.request(`/api/v1/parties/${party.id}/measures`, {method: 'POST', json: body,
          version: base, reason: reason.value.trim()});
        if (answer.status === 202) {
          ctx.notify(`Sent for approval as change request ${answer.data?.id}: the measure takes effect once a second editor approves.`, 'success');
          return true;
        }
      } catch (error) {
        if (error.status !== 412) {
          throw error;
        }
        base = (await explainConflict(ctx, party.id, null, dialog, error)).version;
        return false;
      }
      ctx.notify(`Measure ${body.program} added.`, 'success');
      await reload();
      return true;
    },
  });
  try {
    const programs = itemsOf(await ctx.api.get('/api/v1/programs'));
    program.replaceChildren(h('option', {value: ''}, 'Choose a program'),
      ...programs.map((p) => h('option', {value: p.code}, `${p.code}: ${p.name ?? ''}`)));
  } catch {
    program.replaceChildren(h('option', {value: ''}, 'Programs could not be loaded'));
  }
}

/** Reads the current party, says what changed, and returns {version (the new base for a retry), measure}. */
async function explainConflict(ctx, partyId, measureId, dialog, error) {
  const response = await ctx.api.request(`/api/v1/parties/${partyId}`);
  const current = response.data;
  const measure = measureId ? (current.measures ?? []).find((m) => m.id === measureId) : null;
  dialog.message(h('div', {class: 'alert warning', role: 'alert'},
    h('strong', {}, 'Someone else changed this party while you were working.'),
    h('p', {}, error.message),
    h('p', {}, `It is now at version ${response.version ?? current.version}.`,
      measure ? ` This measure is now ${label(measure.status)}${measure.statusReason ? ` (${measure.statusReason})` : ''}.` : ''),
    h('p', {}, 'Your input is kept. Submit again to apply it to the current version, or cancel.')));
  return {version: response.version ?? current.version, measure};
}
