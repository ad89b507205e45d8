// The web UI's entry point: configuration, login, who is logged in, navigation by role, and the hash router.
import {Api} from './api.js';
import {Auth} from './auth.js';
import {forgetConfig, loadConfig} from './config.js';
import {problemBox} from './components.js';
import {h, replace} from './dom.js';
import {capabilitiesOf, PROJECT_ROLES, UI_ROLES} from './roles.js';
import {alertView} from './views/alert.js';
import {alertsView} from './views/alerts.js';
import {auditView} from './views/audit.js';
import {batchView} from './views/batch.js';
import {changeRequestsView} from './views/change-requests.js';
import {evidenceView, screeningEvidenceView} from './views/evidence.js';
import {partiesView} from './views/parties.js';
import {partyEditView} from './views/party-edit.js';
import {partyView} from './views/party.js';
import {screeningView} from './views/screening.js';
import {sourcesView} from './views/sources.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const user = document.getElementById('user');
const notice = document.getElementById('notice');

const UUID = '([0-9a-fA-F-]{36})';
const ROUTES = [
  {path: /^\/screening$/, allowed: (c) => c.screen, title: 'Screening', view: screeningView},
  {path: /^\/parties$/, allowed: (c) => c.readRegistry, title: 'Registry', view: partiesView},
  {path: /^\/parties\/new$/, allowed: (c) => c.edit, title: 'New party', view: (ctx, el) => partyEditView(ctx, el, null)},
  {path: new RegExp(`^/parties/${UUID}$`), allowed: (c) => c.readRegistry, title: 'Party', view: partyView},
  {path: new RegExp(`^/parties/${UUID}/edit$`), allowed: (c) => c.edit, title: 'Edit party', view: partyEditView},
  {path: /^\/audit$/, allowed: (c) => c.audit, title: 'Change log', view: auditView},
  {path: /^\/sources$/, allowed: (c) => c.readRegistry, title: 'List sources', view: sourcesView},
  {path: /^\/change-requests$/, allowed: (c) => c.readRegistry, title: 'Change requests', view: changeRequestsView},
  {path: /^\/batch$/, allowed: (c) => c.screen || c.import, title: 'Batch', view: batchView},
  {path: /^\/evidence$/, allowed: (c) => c.evidence, title: 'Screening evidence', view: evidenceView},
  {path: new RegExp(`^/evidence/${UUID}$`), allowed: (c) => c.evidence, title: 'Screening', view: screeningEvidenceView},
  {path: /^\/alerts$/, allowed: (c) => c.alerts, title: 'Alerts', view: alertsView},
  {path: new RegExp(`^/alerts/${UUID}$`), allowed: (c) => c.alerts, title: 'Alert', view: alertView},
];
const NAV = [
  ['#/screening', 'Screening', (c) => c.screen],
  ['#/parties', 'Registry', (c) => c.readRegistry],
  ['#/audit', 'Change log', (c) => c.audit],
  ['#/change-requests', 'Change requests', (c) => c.edit || c.audit],
  ['#/sources', 'Lists', (c) => c.readRegistry],
  ['#/batch', 'Batch', (c) => c.screen || c.import],
  ['#/evidence', 'Screening evidence', (c) => c.evidence],
  ['#/alerts', 'Alerts', (c) => c.alerts],
];

async function start() {
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    replace(main, problemBox(error, 'The UI configuration (config.json) could not be loaded'));
    return;
  }
  const auth = new Auth(config);
  try {
    await auth.completeLogin();
  } catch (error) {
    forgetConfig();
    showLogin(auth, error.message);
    return;
  }
  if (!auth.loggedIn) {
    showLogin(auth);
    return;
  }
  const api = new Api(auth, () => showLogin(auth, 'Your session has ended. Log in again to continue.'));
  let me;
  try {
    me = await api.get('/api/v1/me');
  } catch (error) {
    showUser({username: auth.claims.preferred_username ?? '?', roles: []}, auth);
    replace(main, problemBox(error, 'The gateway did not accept your login'));
    return;
  }
  const caps = capabilitiesOf(me.roles);
  showUser(me, auth);
  if (!caps.any) {
    showNoAccess(me);
    return;
  }
  showNav(caps);
  const ctx = {api, me, caps, notify, navigate: (hash) => {
    window.location.hash = hash;
  }, reload: () => route(ctx)};
  window.addEventListener('hashchange', () => route(ctx));
  // a confirmation stays until the user's next action: a submitted form or a pressed button clears it
  document.addEventListener('submit', () => notify(''), true);
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) {
      notify('');
    }
  }, true);
  route(ctx);
}

function route(ctx) {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] || '/';
  const match = ROUTES.map((r) => ({r, m: r.path.exec(path)})).find((x) => x.m);
  if (keepNotice) {
    keepNotice = false; // a write's confirmation survives the page change it caused, once
  } else {
    notify('');
  }
  highlightNav(path);
  if (!match) {
    window.location.replace(startPage(ctx.caps));
    return;
  }
  if (!match.r.allowed(ctx.caps)) {
    document.title = 'Not allowed · Sanctions registry';
    replace(main, h('div', {class: 'alert error', role: 'alert'}, h('h1', {tabindex: '-1'}, 'Not allowed'),
      h('p', {}, `Your roles (${ctx.me.roles.join(', ') || 'none'}) do not give access to this page.`)));
    return;
  }
  document.title = `${match.r.title} · Sanctions registry`;
  const container = h('div', {class: 'view'}, h('p', {class: 'loading'}, 'Loading…'));
  replace(main, container);
  Promise.resolve(match.r.view(ctx, container, ...match.m.slice(1)))
    .catch((error) => replace(container, problemBox(error)))
    .finally(() => {
      // a view that put the focus on its first field keeps it; otherwise the new page's heading gets it
      if (!container.contains(document.activeElement)) {
        container.querySelector('h1')?.focus({preventScroll: true});
      }
    });
}

/** Where each role starts: officers and editors screen, auditors review the change log, analysts the alerts. */
function startPage(caps) {
  return caps.screen ? '#/screening' : caps.audit ? '#/audit' : caps.readRegistry ? '#/parties' : '#/alerts';
}

function showLogin(auth, message) {
  nav.replaceChildren();
  user.replaceChildren();
  const button = h('button', {type: 'button', class: 'primary', id: 'login'}, 'Log in');
  button.addEventListener('click', () => auth.login().catch((error) => replace(main, problemBox(error))));
  replace(main, h('section', {class: 'login-panel'},
    h('h1', {tabindex: '-1'}, 'Sanctions and visa-restriction registry'),
    h('p', {}, 'Screen names against the sanctions lists, review listed parties and their history, and audit every change.'),
    message ? h('div', {class: 'alert warning', role: 'alert'}, message) : null,
    button,
    h('p', {class: 'muted'}, `You will be sent to the organisation's login page (${auth.realmUrl}).`)));
}

function showUser(me, auth) {
  const logout = h('button', {type: 'button', id: 'logout', class: 'link'}, 'Log out');
  logout.addEventListener('click', () => auth.logout());
  replace(user, h('span', {class: 'who', id: 'current-user'}, me.username ?? me.subject),
    h('span', {class: 'roles', id: 'current-roles'}, (me.roles ?? []).filter((r) => UI_ROLES.includes(r)).join(', ')),
    logout);
}

function showNoAccess(me) {
  nav.replaceChildren();
  replace(main, h('section', {class: 'alert error', role: 'alert', id: 'no-access'},
    h('h1', {tabindex: '-1'}, 'This account cannot use the web UI'),
    h('p', {}, `You are logged in as ${me.username ?? me.subject} with the roles `
      + `${(me.roles ?? []).filter((r) => PROJECT_ROLES.includes(r)).join(', ') || '(none of this application)'}.`),
    h('p', {}, 'The web UI is for compliance officers, registry editors, auditors and alert analysts and reviewers. '
      + 'A screening-client account is for '
      + 'bank systems that call the screening API with client credentials. Ask your administrator for one of the roles '
      + `${UI_ROLES.join(', ')}, or log out.`)));
}

function showNav(caps) {
  replace(nav, h('ul', {}, NAV.filter(([, , allowed]) => allowed(caps)).map(([href, text]) =>
    h('li', {}, h('a', {href, id: `nav-${href.slice(2)}`}, text)))));
}

function highlightNav(path) {
  nav.querySelectorAll('a').forEach((a) => {
    const current = path.startsWith(a.getAttribute('href').slice(1));
    if (current) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
}

let keepNotice = false;

/** A short message in the live region under the top bar (empty text clears it); it survives the next page change. */
function notify(text, kind = 'info') {
  keepNotice = Boolean(text);
  notice.className = `notice ${text ? kind : ''}`;
  notice.textContent = text;
}

start();
