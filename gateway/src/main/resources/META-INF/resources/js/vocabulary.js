// The registry's enumerations (the wire contract of the team conventions), in one place for every form.

export const KINDS = ['PERSON', 'ORGANIZATION', 'VESSEL', 'AIRCRAFT'];
export const NAME_TYPES = ['PRIMARY', 'AKA', 'WEAK_AKA', 'FKA'];
export const ID_TYPES = ['PASSPORT', 'NATIONAL_ID', 'TAX_ID', 'IMO', 'MMSI', 'REGISTRATION', 'OTHER'];
export const MEASURE_TYPES = ['ASSET_FREEZE', 'VISA_RESTRICTION', 'TRAVEL_BAN', 'SECTORAL', 'ARMS_EMBARGO', 'OTHER'];
