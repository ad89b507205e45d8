// Batch work: a CSV (or NDJSON) of names screened as a job, with a progress bar and the results to download; for
// registry editors, list files imported into the registry, with the import's progress and counts.
import {actionButton, pageHeading, problemBox, statusBadge, table} from '../components.js';
import {download, field, h, replace, select} from '../dom.js';

const POLL_MS = 1000;
const DONE = new Set(['COMPLETED', 'FAILED', 'SUCCEEDED', 'DONE', 'REJECTED', 'CANCELLED', 'AWAITING_APPROVAL']);
const IMPORT_FORMATS = [['', 'Detect from the file'],
  ['OFAC_SDN_CSV', 'OFAC SDN legacy CSV set (sdn.csv with optional alt.csv, add.csv, sdn_comments.csv)'],
  ['OFAC_NON_SDN_CSV', 'OFAC consolidated non-SDN CSV set (cons_prim.csv, …)'],
  ['OFAC_ENHANCED_XML', 'OFAC enhanced XML (SDN_ENHANCED / CONS_ENHANCED)'],
  ['UN_SC_XML', 'UN Security Council consolidated list XML'],
  ['UK_OFSI_XLSX', 'UK OFSI consolidated list, XLSX'], ['UK_OFSI_CSV', 'UK OFSI consolidated list, CSV (ConList.csv)'],
  ['US_CSL_CSV', 'US Consolidated Screening List CSV'], ['FTM_JSONL', 'OpenSanctions FollowTheMoney JSON lines'],
  ['REGISTRY_NDJSON', 'This registry’s NDJSON export']];

export async function batchView(ctx, el) {
  replace(el, pageHeading('Batch'),
    ctx.caps.screen ? screeningJobPanel(ctx) : null,
    ctx.caps.import ? importPanel(ctx) : null);
}

function screeningJobPanel(ctx) {
  const file = h('input', {type: 'file', name: 'names', id: 'job-file', required: true,
    accept: '.csv,.ndjson,.jsonl,text/csv,application/x-ndjson'});
  const threshold = h('input', {type: 'number', name: 'threshold', min: '0', max: '1', step: '0.01', placeholder: 'service default'});
  const status = h('div', {id: 'job-status', 'aria-live': 'polite'});
  const form = h('form', {class: 'form-grid'},
    field('File of names', file, 'CSV with a header row: name, and optionally ref, kind, birthDate, nationality. '
      + 'Or NDJSON, one {"name": …} object per line.'),
    field('Threshold (0 to 1)', threshold),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary', id: 'start-job'}, 'Start screening job')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      return;
    }
    const ndjson = /\.(nd)?jsonl?$|\.ndjson$/i.test(chosen.name);
    try {
      const [total, started] = await Promise.all([countRows(chosen, !ndjson), ctx.api.request('/api/v1/screening-jobs', {
        method: 'POST', body: chosen, contentType: ndjson ? 'application/x-ndjson' : 'text/csv',
        query: {threshold: threshold.value}})]);
      followJob(ctx, status, started.data, total, chosen.name);
    } catch (error) {
      replace(status, problemBox(error, 'The job was not started'));
    }
  });
  return h('section', {class: 'card', id: 'screening-job'}, h('h2', {}, 'Screen a file of names'), form, status);
}

async function followJob(ctx, status, job, total, fileName) {
  const bar = h('progress', {max: String(Math.max(total, 1)), value: '0', id: 'job-progress'});
  const text = h('p', {id: 'job-progress-text'});
  const downloads = h('div', {class: 'actions'});
  replace(status, h('h3', {}, `Job ${job.jobId} (${fileName})`), field('Progress', bar), text, downloads);
  let current = job;
  while (true) {
    bar.value = Math.min(current.rowsProcessed ?? 0, bar.max);
    replace(text, statusBadge(current.status), ` ${current.rowsProcessed ?? 0} of about ${total} rows screened, `,
      `${current.rowsMatched ?? 0} with a match, ${current.rowsFailed ?? 0} rejected`,
      current.listVersion ? ` (list version ${current.listVersion})` : '', current.error ? `: ${current.error}` : '.');
    if (DONE.has(String(current.status).toUpperCase()) || !status.isConnected) {
      break;
    }
    await sleep(POLL_MS);
    try {
      current = await ctx.api.get(`/api/v1/screening-jobs/${job.jobId}`);
    } catch (error) {
      replace(downloads, problemBox(error, 'Lost track of the job'));
      return;
    }
  }
  if (String(current.status).toUpperCase() === 'COMPLETED') {
    bar.value = bar.max;
  }
  const results = (type, ext) => actionButton(`Download results (${ext.toUpperCase()})`, async () => {
    const r = await ctx.api.request(`/api/v1/screening-jobs/${job.jobId}/results`, {accept: type, as: 'blob'});
    download(r.data, `screening-${job.jobId}.${ext}`);
  }, {id: `download-${ext}`});
  replace(downloads, results('text/csv', 'csv'), results('application/x-ndjson', 'ndjson'));
}

function importPanel(ctx) {
  const files = h('input', {type: 'file', name: 'file', id: 'import-file', multiple: true, required: true});
  const format = select({name: 'format', id: 'import-format'}, IMPORT_FORMATS, '');
  const listDate = h('input', {type: 'date', name: 'listDate', id: 'import-list-date'});
  const reason = h('input', {type: 'text', name: 'reason', id: 'import-reason', required: true, maxlength: '1000',
    placeholder: 'e.g. OFAC SDN list of 2024-05-03'});
  const mode = select({name: 'mode', id: 'import-mode'}, [['FULL', 'The whole list: entries it lacks are delisted'],
    ['ADDITIONS', 'Additions and changes only: nothing is delisted']], 'FULL');
  const preview = h('input', {type: 'checkbox', name: 'preview', id: 'import-preview'});
  const status = h('div', {id: 'import-status', 'aria-live': 'polite'});
  const form = h('form', {class: 'form-grid'},
    field('List file(s)', files, 'An OFAC set is sdn.csv with alt.csv, add.csv and sdn_comments.csv, chosen together.'),
    field('Format', format, 'Checked against the content: a wrong choice is refused, never guessed around.'),
    field('List date', listDate, 'Empty: the date the file states, else today.'),
    field('What the file is', mode, 'A file that would delist more than 5% of the list always waits for a second person.'),
    field('Preview only', preview, 'Apply nothing: show the changes and wait for another editor\'s approval.'),
    h('div', {class: 'wide'}, field('Reason (recorded with every change the import makes)', reason)),
    h('div', {class: 'actions wide'}, h('button', {type: 'submit', class: 'primary', id: 'start-import'}, 'Import into the registry')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData();
    [...files.files].forEach((f) => body.append('file', f, f.name));
    body.append('reason', reason.value.trim());
    if (format.value) {
      body.append('format', format.value);
    }
    if (listDate.value) {
      body.append('listDate', listDate.value);
    }
    body.append('mode', mode.value);
    body.append('preview', preview.checked ? 'true' : 'false');
    try {
      const started = await ctx.api.request('/api/v1/imports', {method: 'POST', body});
      followImport(ctx, status, started.data);
    } catch (error) {
      replace(status, problemBox(error, 'The import was not started'));
    }
  });
  return h('section', {class: 'card', id: 'list-import'}, h('h2', {}, 'Import a sanctions list'),
    h('p', {class: 'muted'}, 'An import is applied all at once or not at all; re-importing the same file changes nothing;'
      + ' it replaces only what its own list asserted, so values entered by hand stay.'),
    form, status, reviewPanel(ctx));
}

/** Opens an import by id, for the second person who reviews its delta. */
function reviewPanel(ctx) {
  const id = h('input', {type: 'text', id: 'review-import-id', placeholder: 'import job id', required: true,
    pattern: '[0-9a-fA-F-]{36}'});
  const out = h('div', {id: 'review-status', 'aria-live': 'polite'});
  const form = h('form', {class: 'form-grid'}, field('Review an import waiting for approval', id),
    h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'open-review'}, 'Open')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      followImport(ctx, out, await ctx.api.get(`/api/v1/imports/${id.value.trim()}`));
    } catch (error) {
      replace(out, problemBox(error, 'No such import'));
    }
  });
  return h('div', {}, form, out);
}

/** The delta of a job waiting for approval, with the decision a second person takes. */
async function reviewDelta(ctx, status, job) {
  const box = h('div', {id: 'import-review'});
  status.append(box);
  let delta;
  try {
    delta = await ctx.api.get(`/api/v1/imports/${job.id}/delta`);
  } catch (error) {
    replace(box, problemBox(error, 'The delta cannot be read'));
    return;
  }
  const reason = h('input', {type: 'text', id: 'review-reason', required: true, maxlength: '1000',
    placeholder: 'Why you approve or reject it'});
  const decide = (verb) => async () => {
    if (!reason.value.trim()) {
      reason.reportValidity();
      return;
    }
    try {
      await ctx.api.request(`/api/v1/imports/${job.id}/${verb}`, {method: 'POST', json: {reason: reason.value.trim()}});
      box.remove();
      followImport(ctx, status, await ctx.api.get(`/api/v1/imports/${job.id}`));
    } catch (error) {
      box.append(problemBox(error, `The ${verb} was refused`));
    }
  };
  const approve = h('button', {type: 'button', class: 'primary', id: 'approve-import'}, 'Approve and apply');
  const reject = h('button', {type: 'button', id: 'reject-import'}, 'Reject');
  approve.addEventListener('click', decide('approval'));
  reject.addEventListener('click', decide('rejection'));
  replace(box, h('h4', {}, 'Waiting for approval'), h('p', {id: 'import-note'}, job.note ?? ''),
    h('p', {id: 'delta-counts'}, `${delta.added} to add, ${delta.changed} to change, ${delta.delisted} to delist`
      + ` (${(delta.delistShare * 100).toFixed(1)}% of ${delta.listedBefore}), ${delta.retained} values kept because`
      + ' a person or another list asserts them'),
    (delta.delistedEntries ?? []).length ? [h('h4', {}, 'Measures to be revoked'),
      table(['Entry', 'Name', 'Measures'], delta.delistedEntries.slice(0, 200).map((d) => h('tr', {},
        h('td', {}, d.source), h('td', {}, d.name), h('td', {}, (d.measures ?? []).join(', ')))))] : null,
    (delta.retainedValues ?? []).length ? [h('h4', {}, 'Dropped by the list, kept'),
      table(['Entry', 'Field', 'Value', 'Asserted by'], delta.retainedValues.slice(0, 200).map((r) => h('tr', {},
        h('td', {}, r.source), h('td', {}, r.field), h('td', {}, r.value?.fullName ?? JSON.stringify(r.value)),
        h('td', {}, (r.assertedBy ?? []).join(', ')))))] : null,
    h('p', {class: 'muted'}, 'Only someone other than the person who started the import can approve or reject it.'),
    field('Reason', reason), h('div', {class: 'actions'}, approve, reject));
}

async function followImport(ctx, status, started) {
  const bar = h('progress', {id: 'import-progress'});
  const body = h('div', {});
  replace(status, h('h3', {}, `Import ${started.id}`), field('Progress', bar), body);
  let current = started;
  while (true) {
    replace(body, importSummary(current));
    if (DONE.has(String(current.state).toUpperCase()) || !status.isConnected) {
      break;
    }
    await sleep(POLL_MS);
    try {
      current = await ctx.api.get(`/api/v1/imports/${started.id}`);
    } catch (error) {
      replace(body, problemBox(error, 'Lost track of the import'));
      return;
    }
  }
  bar.max = 1;
  bar.value = 1;
  if (String(current.state).toUpperCase() === 'AWAITING_APPROVAL') {
    reviewDelta(ctx, status, current);
  }
}

const COUNTS = [['rowsRead', 'Rows read'], ['entries', 'List entries'], ['added', 'Added'], ['updated', 'Updated'],
  ['unchanged', 'Unchanged'], ['revoked', 'Revoked (no longer listed)'], ['rejected', 'Rejected']];

function importSummary(job) {
  const progress = job.progress ?? {};
  const rejects = job.rejects ?? [];
  return h('div', {id: 'import-summary'},
    h('p', {}, statusBadge(job.state), job.format ? ` ${IMPORT_FORMATS.find(([f]) => f === job.format)?.[1] ?? job.format}` : '',
      job.listDate ? `, list of ${job.listDate}` : '', (job.files ?? []).length
        ? `, ${job.files.map((f) => f.name ?? f.fileName ?? '').filter(Boolean).join(', ')}` : ''),
    h('table', {class: 'counts'}, h('tbody', {}, COUNTS.map(([key, text]) =>
      h('tr', {}, h('th', {scope: 'row'}, text), h('td', {}, String(progress[key] ?? 0)))))),
    (job.programsCreated ?? []).length ? h('p', {}, 'Programs created: ', job.programsCreated.join(', ')) : null,
    job.problem ? problemBox({problem: job.problem}, 'The import failed; nothing of it was applied') : null,
    rejects.length ? [h('h4', {}, `Rejected rows${job.rejectsTruncated ? ' (first ones)' : ''}`),
      table(['File', 'Line or entry', 'Reason'], rejects.map((r) => h('tr', {}, h('td', {}, r.file ?? ''),
        h('td', {}, String(r.line ?? r.entry ?? '')), h('td', {}, r.reason ?? ''))))] : null);
}

/** Rows the job will read: non-blank lines, less a CSV header naming a "name" column (estimated for big files). */
async function countRows(file, csv) {
  const sampleBytes = 1_000_000;
  const sampled = file.size > 20 * sampleBytes;
  const lines = (await (sampled ? file.slice(0, sampleBytes) : file).text()).split(/\r?\n/).filter((l) => l.trim());
  const header = csv && /(^|,)\s*"?name"?\s*(,|$)/i.test(lines[0] ?? '') ? 1 : 0;
  const estimate = sampled ? Math.round(lines.length * (file.size / sampleBytes)) : lines.length;
  return Math.max(0, estimate - header);
}

function sleep(ms) {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}
