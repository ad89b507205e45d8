// Builds DOM nodes from data without ever parsing data as HTML: text goes in through text nodes only, so a name
// such as <script>alert(1)</script> is shown as those characters and never runs.

const FORBIDDEN = new Set(['innerHTML', 'outerHTML', 'style', 'srcdoc']);

/** Creates an element: h('a', {href, class, onclick}, 'text', child, [children]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (FORBIDDEN.has(key)) {
      throw new Error(`h(): attribute ${key} is not allowed`);
    }
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      el.className = value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'href' || key === 'src') {
      el.setAttribute(key, safeUrl(value));
    } else if (key === 'value' || key === 'checked' || key === 'selected') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends strings (as text), nodes and nested arrays; null and undefined are skipped. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Only http(s) links, same-origin paths and fragments leave data: never javascript: or data: URLs. */
export function safeUrl(url) {
  const text = String(url ?? '');
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) {
    return text;
  }
  try {
    const parsed = new URL(text, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'blob:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}

/** An external link that opens in a new tab without giving it a handle on this page. */
export function externalLink(url, text) {
  const href = safeUrl(url);
  return href === '#' ? h('span', {}, text ?? url) : h('a', {href, target: '_blank', rel: 'noopener noreferrer'}, text ?? url);
}

/** A labelled form field: the label's for= names the control's id, so screen readers and clicks find it. */
let fieldCounter = 0;
export function field(labelText, control, hint) {
  if (!control.id) {
    control.id = `f${++fieldCounter}`;
  }
  let hintEl = null;
  if (hint) {
    hintEl = h('small', {class: 'hint', id: `${control.id}-hint`}, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  return h('div', {class: 'field'}, h('label', {for: control.id}, labelText), control, hintEl);
}

/** A select with options [[value, label], ...]. */
export function select(attrs, options, selected) {
  return h('select', attrs, options.map(([value, label]) =>
    h('option', {value, selected: String(value) === String(selected ?? '')}, label)));
}

/** Offers a Blob as a file download. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', {href: url, download: fileName, class: 'hidden'});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
