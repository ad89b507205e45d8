// Presentation of registry values: dates (full or partial), countries, enums, versions.

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], {type: 'region'}) : null;

/** "CN" -> "China (CN)"; unknown codes are shown as they are. */
export function country(code) {
  if (!code) {
    return '';
  }
  try {
    const name = regionNames?.of(String(code).toUpperCase());
    return name && name !== code ? `${name} (${code})` : String(code);
  } catch {
    return String(code);
  }
}

/** A partial birth date: {date}, {from, to}, with circa. */
export function birthDate(value) {
  if (!value || typeof value !== 'object') {
    return String(value ?? '');
  }
  const text = value.date ?? [value.from, value.to].filter(Boolean).join(' to ');
  return value.circa ? `circa ${text}` : text;
}

/** An instant as local date and time, with the ISO value kept for the tooltip. */
export function instant(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString('en-GB', {dateStyle: 'medium', timeStyle: 'medium'});
}

/** ASSET_FREEZE -> "Asset freeze". */
export function label(enumValue) {
  if (!enumValue) {
    return '';
  }
  const text = String(enumValue).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SPECIAL_LABELS = {
  AKA: 'a.k.a.', WEAK_AKA: 'weak a.k.a.', FKA: 'f.k.a.', NATIONAL_ID: 'National ID', TAX_ID: 'Tax ID', IMO: 'IMO number',
  MMSI: 'MMSI',
};

/** Like label(), with the abbreviations the lists use (a.k.a., National ID). */
export function term(enumValue) {
  return SPECIAL_LABELS[String(enumValue ?? '').toUpperCase()] ?? label(enumValue);
}

/** Score 0..1 as a percentage. */
export function percent(score) {
  return `${Math.round(Number(score) * 100)}%`;
}

/** The name shown for a party: its primary name, else its first name. */
export function primaryName(party) {
  const names = party?.names ?? [];
  return (names.find((n) => n.type === 'PRIMARY') ?? names[0])?.fullName ?? party?.primaryName ?? '(no name)';
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** The actor of an audit event, whatever its shape. */
export function actor(event) {
  const a = event?.actor;
  if (a && typeof a === 'object') {
    const name = a.username ?? a.name ?? a.subject ?? '';
    return a.clientId && a.clientId !== 'sanctions-ui' ? `${name} (via ${a.clientId})` : name;
  }
  return event?.actorName ?? event?.actorUsername ?? a ?? '';
}

/** How long ago an instant was, coarsely: "12 min", "5 h", "3 d" (the exact time goes in a tooltip). */
export function age(value, now = Date.now()) {
  const time = new Date(value ?? '').getTime();
  if (Number.isNaN(time)) {
    return '';
  }
  const minutes = Math.max(0, Math.floor((now - time) / 60000));
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}
