// The fields of a party (PartyInput of the registry API) as a form, and the form read back as a PartyInput.
import {clearInvalid, markInvalid} from '../components.js';
import {field, h, select} from '../dom.js';
import {label, term} from '../format.js';
import {ID_TYPES, KINDS, NAME_TYPES} from '../vocabulary.js';
import {repeater} from './repeater.js';


const text = (attrs = {}) => () => h('input', {type: 'text', ...attrs});
const choice = (values, blank) => () => select({}, [...(blank ? [['', blank]] : []), ...values.map((v) => [v, term(v)])], '');

/** {el, value(), markViolations(violations), clearViolations()} for a party (null: a new one). */
export function partyForm(party) {
  const p = party ?? {kind: 'PERSON', names: [{type: 'PRIMARY'}]};
  const kind = select({name: 'kind', required: true, dataset: {path: 'kind'}}, KINDS.map((k) => [k, label(k)]), p.kind);
  const names = repeater({key: 'names', legend: 'Names (original script kept as written)', addLabel: 'Add name',
    values: p.names, columns: [
      {name: 'fullName', label: 'Full name', control: text({required: true, dir: 'auto', maxlength: '500', class: 'grow', pattern: '.*\\S.*', title: 'A name: at least one letter or sign other than a space'})},
      {name: 'type', label: 'Type', control: choice(NAME_TYPES)},
      {name: 'script', label: 'Script', control: text({maxlength: '4', size: '5', placeholder: 'Latn'})},
      {name: 'language', label: 'Language', control: text({maxlength: '16', size: '5', placeholder: 'en'})}]});
  const birthDates = repeater({key: 'birthDates', legend: 'Birth dates', addLabel: 'Add birth date',
    values: p.birthDates, columns: [
      {name: 'date', label: 'Date (YYYY[-MM[-DD]])', control: text({maxlength: '10', size: '11'})},
      {name: 'from', label: 'or from', control: text({maxlength: '10', size: '11'})},
      {name: 'to', label: 'to', control: text({maxlength: '10', size: '11'})},
      {name: 'circa', label: 'circa', control: () => h('input', {type: 'checkbox'})}]});
  const identifiers = repeater({key: 'identifiers', legend: 'Identifiers', addLabel: 'Add identifier',
    values: p.identifiers, columns: [
      {name: 'type', label: 'Type', control: choice(ID_TYPES)},
      {name: 'number', label: 'Number', control: text({maxlength: '100'})},
      {name: 'country', label: 'Country', control: text({maxlength: '2', size: '3'})}]});
  const addresses = repeater({key: 'addresses', legend: 'Addresses', addLabel: 'Add address',
    values: p.addresses, columns: ['street', 'city', 'region', 'postalCode', 'country'].map((n) => ({name: n,
      label: label(n === 'postalCode' ? 'postal_code' : n), control: text({maxlength: n === 'country' ? '2' : '300',
        size: n === 'country' ? '3' : '14'})}))});
  const sources = repeater({key: 'sources', legend: 'Sources', addLabel: 'Add source',
    values: p.sources, columns: [
      {name: 'authority', label: 'Authority', control: text({maxlength: '32', size: '9', placeholder: 'US-OFAC'})},
      {name: 'list', label: 'List', control: text({maxlength: '64', size: '8', placeholder: 'SDN'})},
      {name: 'sourceId', label: 'Source id', control: text({maxlength: '64', size: '8'})},
      {name: 'url', label: 'URL', control: text({maxlength: '2000', class: 'grow'})}]});
  const lines = (name, values) => h('textarea', {name, rows: '2', dataset: {path: name}}, (values ?? []).join('\n'));
  const places = lines('placesOfBirth', p.placesOfBirth);
  const positions = lines('positions', p.positions);
  const codes = (name, values) => h('input', {type: 'text', name, value: (values ?? []).join(', '), dataset: {path: name},
    placeholder: 'ISO codes, e.g. CN, HK'});
  const nationalities = codes('nationalities', p.nationalities);
  const citizenships = codes('citizenships', p.citizenships);
  const gender = select({name: 'gender', dataset: {path: 'gender'}}, [['', 'Not recorded'], ['MALE', 'Male'], ['FEMALE', 'Female']], p.gender ?? '');
  const remarks = h('textarea', {name: 'remarks', rows: '3', maxlength: '4000', dataset: {path: 'remarks'}}, p.remarks ?? '');

  const el = h('div', {class: 'party-form'},
    field('Kind', kind), names.el, birthDates.el,
    h('div', {class: 'form-grid'},
      field('Places of birth (one per line)', places), field('Positions (one per line)', positions),
      field('Nationalities', nationalities), field('Citizenships', citizenships), field('Gender', gender)),
    identifiers.el, addresses.el, field('Remarks', remarks), sources.el);

  const value = () => ({
    kind: kind.value,
    names: names.values().map((n) => ({fullName: n.fullName, type: n.type || 'AKA', script: n.script || null,
      language: n.language || null})),
    birthDates: birthDates.values().filter((b) => b.date || b.from || b.to).map((b) => (b.date
      ? {date: b.date, circa: b.circa} : {from: b.from || null, to: b.to || null, circa: b.circa})),
    placesOfBirth: splitLines(places.value),
    nationalities: splitCodes(nationalities.value),
    citizenships: splitCodes(citizenships.value),
    gender: gender.value || null,
    positions: splitLines(positions.value),
    identifiers: identifiers.values().filter((i) => i.number).map((i) => ({type: i.type || 'OTHER', number: i.number,
      country: i.country ? i.country.toUpperCase() : null})),
    addresses: addresses.values().filter((a) => Object.values(a).some(Boolean)).map((a) => ({street: a.street || null,
      city: a.city || null, region: a.region || null, postalCode: a.postalCode || null,
      country: a.country ? a.country.toUpperCase() : null})),
    remarks: remarks.value.trim() || null,
    sources: sources.values().filter((s) => s.authority || s.sourceId || s.url).map((s) => ({authority: s.authority,
      list: s.list || null, sourceId: s.sourceId || null, url: s.url || null})),
  });

  return {
    el,
    value,
    markViolations(violations) {
      markInvalid(el, violations);
    },
    clearViolations() {
      clearInvalid(el);
    },
  };
}

function splitLines(value) {
  return value.split('\n').map((s) => s.trim()).filter(Boolean);
}

function splitCodes(value) {
  return value.split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
}
