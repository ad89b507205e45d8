// A party chosen by name: suggestions from the registry's party search as the user types (GET /api/v1/parties?name=),
// then the chosen name resolved to the party's id. A pasted id (UUID) is taken as it is.
import {itemsOf} from '../api.js';
import {h, replace} from '../dom.js';
import {label, primaryName} from '../format.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SUGGESTIONS = 8;

/** {control, list (the datalist, to put anywhere in the page), ready, resolve(messageEl)}: resolve gives the id, '' for no party filter, undefined when not resolvable. */
export function partySuggestions(ctx, {name, initialId}) {
  const list = h('datalist', {id: `${name}-suggestions`});
  const input = h('input', {type: 'search', name, maxlength: '500', list: list.id, autocomplete: 'off',
    placeholder: 'e.g. Raymond Siu', dir: 'auto'});
  const ids = new Map();
  let timer = null;

  const suggest = async (text) => {
    const parties = itemsOf(await ctx.api.get('/api/v1/parties', {name: text, limit: SUGGESTIONS}));
    const names = parties.map(primaryName);
    ids.clear();
    replace(list, parties.map((p, i) => {
      const shown = names.filter((n) => n === names[i]).length > 1 ? `${names[i]} · ${p.id.slice(0, 8)}` : names[i];
      ids.set(shown, p.id);
      return h('option', {value: shown, label: `${label(p.kind)} · ${p.id.slice(0, 8)}`});
    }));
    return parties;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length >= 2 && !UUID.test(text) && !ids.has(input.value)) {
      timer = setTimeout(() => suggest(text).catch(() => replace(list)), 250);
    }
  });

  const ready = initialId && UUID.test(initialId)
    ? ctx.api.get(`/api/v1/parties/${initialId}`).then((p) => {
      input.value = primaryName(p);
      ids.set(input.value, p.id);
    }).catch(() => {
      input.value = initialId;
    })
    : Promise.resolve();

  const resolve = async (message) => {
    const text = input.value.trim();
    if (!text) {
      return '';
    }
    if (UUID.test(text)) {
      return text;
    }
    if (ids.has(input.value)) {
      return ids.get(input.value);
    }
    const parties = await suggest(text);
    const exact = parties.filter((p) => primaryName(p).toLowerCase() === text.toLowerCase());
    if (parties.length === 1 || exact.length === 1) {
      return (exact[0] ?? parties[0]).id;
    }
    replace(message, h('p', {class: 'alert warning', role: 'alert', id: 'party-ambiguous'}, parties.length
      ? `${parties.length}${parties.length === SUGGESTIONS ? '+' : ''} parties match “${text}”: pick one of the suggestions.`
      : `No party has a name containing “${text}”.`));
    input.focus();
    return undefined;
  };
  return {control: input, list, ready, resolve};
}
