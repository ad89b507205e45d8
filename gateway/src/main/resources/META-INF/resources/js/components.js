// Small shared pieces of the views: problem boxes, badges, score bars, headings, empty states.
import {h} from './dom.js';
import {label, percent} from './format.js';

/** Shows an error: a problem document's title, detail and per-field violations, or an exception's message. */
export function problemBox(error, heading) {
  const problem = error?.problem ?? {};
  const violations = Array.isArray(problem.violations) ? problem.violations : [];
  return h('div', {class: 'alert error', role: 'alert'},
    h('strong', {}, heading ?? problem.title ?? 'Something went wrong'),
    h('p', {}, problem.detail ?? error?.message ?? String(error)),
    violations.length ? h('ul', {}, violations.map((v) => h('li', {}, h('code', {}, v.field ?? ''), ': ', v.message ?? ''))) : null,
    problem.requestId ? h('p', {class: 'muted'}, `Request id ${problem.requestId}`) : null);
}

/** A page heading that receives focus on navigation, so screen readers announce the new page. */
export function pageHeading(text, ...extra) {
  return h('div', {class: 'page-head'}, h('h1', {tabindex: '-1'}, text), ...extra);
}

/** A measure or job status as a coloured badge. */
export function statusBadge(status) {
  const value = String(status ?? 'UNKNOWN').toUpperCase();
  return h('span', {class: `badge status-${value.toLowerCase()}`}, label(value));
}

/** A plain badge. */
export function badge(text, kind = '') {
  return h('span', {class: `badge ${kind}`.trim()}, text);
}

/** A horizontal score bar with its percentage; the width is set through the CSSOM, which the CSP allows. */
export function scoreBar(score, isMatch) {
  const fill = h('span', {class: `fill ${isMatch ? 'hit' : ''}`});
  fill.style.width = `${Math.max(0, Math.min(1, Number(score) || 0)) * 100}%`;
  return h('span', {class: 'score', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100',
    'aria-valuenow': String(Math.round(Number(score) * 100)), 'aria-label': `score ${percent(score)}`},
  h('span', {class: 'bar', 'aria-hidden': 'true'}, fill), h('span', {class: 'pct'}, percent(score)));
}

/** A definition list of [term, value] pairs; empty values are left out. */
export function facts(pairs) {
  const rows = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '' &&
    !(Array.isArray(value) && value.length === 0));
  return h('dl', {class: 'facts'}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** A muted sentence for an empty list. */
export function empty(text) {
  return h('p', {class: 'empty'}, text);
}

/** A table with a header row; rows are arrays of cells (text or nodes). On a phone each row stacks its cells. */
export function table(headers, rows, attrs = {}) {
  const body = h('tbody', {}, rows);
  labelCells(headers, body.children);
  return h('table', {...attrs, class: `${attrs.class ?? ''} stackable`.trim()},
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', {scope: 'col'}, t)))),
    body);
}

/** Gives each cell its column's name (data-label), which the stacked phone layout shows before the value. */
export function labelCells(headers, rows) {
  for (const row of rows) {
    [...row.children].forEach((cell, i) => {
      if (headers[i] && !cell.dataset.label) {
        cell.dataset.label = headers[i];
      }
    });
  }
}

/**
 * Marks every control the server named as invalid (problem violations[].field) inside a container: the field as
 * named (names[0].fullName), then its list (nationalities[1] -> nationalities), then its top-level member.
 * Returns how many were marked; the first gets the focus.
 */
export function markInvalid(container, violations) {
  let marked = 0;
  for (const v of violations ?? []) {
    const control = controlFor(container, String(v.field ?? ''));
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.title = v.message ?? '';
      marked++;
    }
  }
  container.querySelector('[aria-invalid="true"]')?.focus();
  return marked;
}

/** Clears what markInvalid marked. */
export function clearInvalid(container) {
  container.querySelectorAll('[aria-invalid]').forEach((c) => {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('title');
  });
}

function controlFor(container, field) {
  const path = field.replace(/^(body|input|request)\./, '').replace(/^[a-zA-Z]+\.(input|request|arg\d)\./, '');
  const candidates = [path, path.replace(/\[\d+\]$/, ''), path.split(/[.[]/)[0]];
  for (const c of candidates) {
    const found = container.querySelector(`[data-path="${CSS.escape(c)}"], [name="${CSS.escape(c)}"]`);
    if (found) {
      return found;
    }
  }
  return null;
}

/** A button that shows progress while an async action runs and cannot be pressed twice meanwhile. */
export function actionButton(text, action, attrs = {}) {
  const button = h('button', {type: 'button', ...attrs}, text);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await action();
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
