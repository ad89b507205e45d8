// The registry's enumerations (the wire contract of the team conventions), in one place for every form.

export const KINDS = ['PERSON', 'ORGANIZATION', 'VESSEL', 'AIRCRAFT'];
export const NAME_TYPES = ['PRIMARY', 'AKA', 'WEAK_AKA', 'FKA'];
export const ID_TYPES = ['PASSPORT', 'NATIONAL_ID', 'TAX_ID', 'IMO', 'MMSI', 'REGISTRATION', 'OTHER'];
export const MEASURE_TYPES = ['ASSET_FREEZE', 'VISA_RESTRICTION', 'TRAVEL_BAN', 'SECTORAL', 'ARMS_EMBARGO', 'OTHER'];
export const MEASURE_STATUSES = ['ACTIVE', 'REVOKED', 'EXPIRED'];
export const OUTCOMES = ['MATCH', 'NO_MATCH'];
export const ALERT_STATES = ['OPEN', 'IN_REVIEW', 'ESCALATED', 'CLOSED_TRUE_MATCH', 'CLOSED_FALSE_POSITIVE', 'CLOSED_DELISTED'];

const CODES = new Set([...KINDS, ...NAME_TYPES, ...ID_TYPES, ...MEASURE_TYPES, ...MEASURE_STATUSES, 'MALE', 'FEMALE']);

/** Whether a value is one of the registry's codes (shown with a human label, never raw). */
export function isCode(value) {
  return typeof value === 'string' && CODES.has(value);
}
