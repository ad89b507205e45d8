// What each realm role may do in the UI: the authorization matrix of the team conventions, seen from the browser.
// The gateway and the services enforce it; the UI only hides what would be refused.

export const EDITOR = 'registry-editor';
export const OFFICER = 'compliance-officer';
export const AUDITOR = 'auditor';
export const SCREENING_CLIENT = 'screening-client';
export const ALERT_ANALYST = 'alert-analyst';
export const ALERT_REVIEWER = 'alert-reviewer';

/** The realm roles of this project (Keycloak adds its own, such as offline_access, which mean nothing here). */
export const PROJECT_ROLES = [EDITOR, OFFICER, AUDITOR, ALERT_ANALYST, ALERT_REVIEWER, SCREENING_CLIENT, 'feed-reader'];

/** Roles that may use the web UI at all. */
export const UI_ROLES = [EDITOR, OFFICER, AUDITOR, ALERT_ANALYST, ALERT_REVIEWER];

const MATRIX = {
  screen: [OFFICER, EDITOR],
  readRegistry: [OFFICER, AUDITOR, EDITOR],
  edit: [EDITOR],
  audit: [AUDITOR, OFFICER],
  import: [EDITOR],
  evidence: [AUDITOR],
  alerts: [ALERT_ANALYST, ALERT_REVIEWER, AUDITOR],
  propose: [ALERT_ANALYST],
  review: [ALERT_REVIEWER],
};

/** The decisions on an alert each role may take (the lookup service refuses the others). */
export const DECISIONS = {
  [ALERT_ANALYST]: ['FALSE_POSITIVE', 'TRUE_MATCH', 'ESCALATE'],
  [ALERT_REVIEWER]: ['CONFIRM', 'RETURN', 'ESCALATE'],
};

/** The decisions a set of roles may take on an alert, without repeats, in the order of DECISIONS. */
export function decisionsOf(roles) {
  const held = new Set(roles ?? []);
  return [...new Set(Object.entries(DECISIONS).filter(([role]) => held.has(role)).flatMap(([, d]) => d))];
}

/** The capabilities of a set of roles: {screen, readRegistry, edit, audit, import, evidence, alerts, ..., any}. */
export function capabilitiesOf(roles) {
  const held = new Set(roles ?? []);
  const caps = Object.fromEntries(Object.entries(MATRIX).map(([cap, allowed]) => [cap, allowed.some((r) => held.has(r))]));
  caps.any = UI_ROLES.some((r) => held.has(r));
  return caps;
}
