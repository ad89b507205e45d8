// A list of similar rows in a form (names, identifiers, addresses...): add and remove rows, read them back as objects.
import {h} from '../dom.js';

/**
 * @param key the field name in the party (names, identifiers...), used for data-path attributes that
 *   validation violations such as names[0].fullName point at
 * @param columns [{name, label, control: () => element}]
 */
export function repeater({key, legend, columns, values, addLabel}) {
  const rows = h('div', {class: 'rows'});
  const addRow = (value = {}) => {
    const controls = columns.map((c) => {
      const control = c.control();
      if (control.type === 'checkbox') {
        control.checked = Boolean(value[c.name]);
      } else {
        control.value = value[c.name] ?? '';
      }
      control.dataset.name = c.name;
      return control;
    });
    const remove = h('button', {type: 'button', class: 'link remove-row'}, 'Remove');
    const row = h('div', {class: 'row'}, columns.map((c, i) =>
      h('label', {class: 'cell'}, h('span', {class: 'cell-label'}, c.label), controls[i])), remove);
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
    });
    rows.append(row);
    renumber();
    return row;
  };
  const renumber = () => [...rows.children].forEach((row, i) => row.querySelectorAll('[data-name]').forEach((c) => {
    c.dataset.path = `${key}[${i}].${c.dataset.name}`;
  }));
  (values ?? []).forEach(addRow);
  const add = h('button', {type: 'button', class: 'small', id: `add-${key}`}, addLabel);
  add.addEventListener('click', () => addRow().querySelector('input, select')?.focus());
  return {
    el: h('fieldset', {class: 'repeater', id: `fieldset-${key}`}, h('legend', {}, legend), rows, add),
    values: () => [...rows.children].map((row) => Object.fromEntries([...row.querySelectorAll('[data-name]')]
      .map((c) => [c.dataset.name, c.type === 'checkbox' ? c.checked : c.value.trim()]))),
  };
}
