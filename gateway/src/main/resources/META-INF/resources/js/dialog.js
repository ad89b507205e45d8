// A modal form in a native <dialog>: focus stays inside, Escape cancels, errors show inside without losing input.
import {problemBox} from './components.js';
import {h, replace} from './dom.js';

/**
 * Opens a dialog with the given fields. onSubmit(dialogApi) runs on submit; it returns true to close, or shows its
 * own message with dialogApi.message(node) and returns false to keep the dialog (and what the user typed) open.
 */
export function formDialog({id, title, fields, submitLabel, danger = false, onSubmit}) {
  const messages = h('div', {class: 'dialog-messages', 'aria-live': 'assertive'});
  const submit = h('button', {type: 'submit', class: danger ? 'danger' : 'primary'}, submitLabel);
  const cancel = h('button', {type: 'button'}, 'Cancel');
  const form = h('form', {class: 'dialog-form'}, h('h2', {id: `${id}-title`}, title), fields, messages,
    h('div', {class: 'actions'}, submit, cancel));
  const dialog = h('dialog', {id, 'aria-labelledby': `${id}-title`}, form);
  const api = {
    message: (node) => replace(messages, node),
    close: () => dialog.close(),
  };
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    replace(messages);
    try {
      if (await onSubmit(api)) {
        dialog.close();
      }
    } catch (error) {
      api.message(problemBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  return api;
}
