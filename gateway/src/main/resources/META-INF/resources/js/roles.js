// What each realm role may do in the UI: the authorization matrix of the team conventions, seen from the browser.
// The gateway and the services enforce it; the UI only hides what would be refused.

export const EDITOR = 'registry-editor';
export const OFFICER = 'compliance-officer';
export const AUDITOR = 'auditor';
export const SCREENING_CLIENT = 'screening-client';

/** The realm roles of this project (Keycloak adds its own, such as offline_access, which mean nothing here). */
export const PROJECT_ROLES = [EDITOR, OFFICER, AUDITOR, SCREENING_CLIENT, 'feed-reader'];

/** Roles that may use the web UI at all. */
export const UI_ROLES = [EDITOR, OFFICER, AUDITOR];

const MATRIX = {
  screen: [OFFICER, EDITOR],
  readRegistry: [OFFICER, AUDITOR, EDITOR],
  edit: [EDITOR],
  audit: [AUDITOR, OFFICER],
  import: [EDITOR],
  evidence: [AUDITOR],
};

/** The capabilities of a set of roles: {screen, readRegistry, edit, audit, import, any}. */
export function capabilitiesOf(roles) {
  const held = new Set(roles ?? []);
  const caps = Object.fromEntries(Object.entries(MATRIX).map(([cap, allowed]) => [cap, allowed.some((r) => held.has(r))]));
  caps.any = UI_ROLES.some((r) => held.has(r));
  return caps;
}
