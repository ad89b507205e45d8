// List sources and their freshness (issue 16, items 1 and 4): per configured source its format, where it is fetched
// from, schedule and policy, and what it last did (checked, found a new file, applied, failed), with the age of its
// last check against its SLA. Editors can start a check at once. GET /api/v1/sources, POST .../{id}/fetches.
import {actionButton, badge, empty, pageHeading, problemBox, table} from '../components.js';
import {h, replace} from '../dom.js';
import {instant, label} from '../format.js';

export async function sourcesView(ctx, el) {
  const body = h('div', {id: 'sources-table'}, h('p', {class: 'loading'}, 'Loading list sources…'));
  replace(el, pageHeading('List sources'),
    h('p', {class: 'muted'}, 'Where each official list is fetched from, how often, and whether a new file is applied '
      + 'at once or waits for an officer. A source older than its SLA is reported by the registry\'s list-freshness '
      + 'health check.'), body);
  try {
    const sources = await ctx.api.get('/api/v1/sources');
    const list = Array.isArray(sources) ? sources : sources?.items ?? [];
    replace(body, list.length ? table(['Source', 'Fetched from', 'Schedule and policy', 'Last check', 'Last applied',
      'State', ''], list.map((s) => row(ctx, s)), {class: 'sources'}) : empty('No list source is configured.'));
  } catch (error) {
    replace(body, problemBox(error, 'The list sources could not be loaded'));
  }
}

function row(ctx, s) {
  const stale = isStale(s);
  return h('tr', {'data-source-id': s.id},
    h('td', {}, h('strong', {}, s.id), h('br'), h('span', {class: 'muted'}, label(s.format))),
    h('td', {class: 'wrap'}, h('code', {}, s.url ?? '')),
    h('td', {}, s.every ? `every ${duration(s.every)}` : 'on request only', h('br'),
      h('span', {class: 'muted'}, `${label(s.policy)}${s.policy === 'AUTO' ? `, unless it delists over ${Math.round(
        (s.maxDelistShare ?? 0) * 100)}%` : ', an officer approves'}; ${label(s.mode ?? 'FULL')}`)),
    h('td', {}, s.lastCheckedAt ? instant(s.lastCheckedAt) : 'never',
      stale ? [' ', badge(`older than ${duration(s.sla)}`, 'hit')] : null),
    h('td', {}, s.lastAppliedAt ? instant(s.lastAppliedAt) : 'never', s.fileSha256
      ? [h('br'), h('code', {class: 'muted', title: s.fileSha256}, `${s.fileSha256.slice(0, 16)}…`)] : null),
    h('td', {}, label(s.state), s.lastError ? [h('br'), h('span', {class: 'error-text'}, s.lastError)] : null,
      s.state === 'AWAITING_APPROVAL' && s.importId
        ? [h('br'), h('a', {href: '#/batch'}, 'Review the import')] : null),
    h('td', {}, ctx.caps.edit ? actionButton('Check now', async () => {
      try {
        await ctx.api.request(`/api/v1/sources/${encodeURIComponent(s.id)}/fetches`, {method: 'POST'});
        ctx.notify(`Checking ${s.id} now; this page shows the outcome when it is done.`, 'success');
        ctx.reload();
      } catch (error) {
        ctx.notify(error.detail ?? error.message, 'error');
      }
    }, {class: 'fetch-now'}) : null));
}

/** Scheduled and not checked within its SLA (an unscheduled source is fresh by definition: it is fetched on request). */
function isStale(s) {
  if (!s.every || !s.sla) {
    return false;
  }
  const limit = millis(s.sla);
  return limit > 0 && (!s.lastCheckedAt || Date.now() - new Date(s.lastCheckedAt).getTime() > limit);
}

function millis(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(iso ?? ''));
  if (!m) {
    return 0;
  }
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60000 + Number(m[4] ?? 0) * 1000;
}

/** PT24H -> "24 h", PT1M -> "1 min". */
function duration(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(iso ?? ''));
  if (!m) {
    return String(iso ?? '');
  }
  return [m[1] && `${m[1]} d`, m[2] && `${m[2]} h`, m[3] && `${m[3]} min`, m[4] && `${m[4]} s`].filter(Boolean).join(' ');
}
