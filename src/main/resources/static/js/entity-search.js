// A search box over entity names and aliases (the full-text index) that suggests as you type.
import {el, getJson, query, show} from './dom.js';

/**
 * Turns an <input> into a combobox. onPick receives the chosen entity {id, name, type}.
 */
export function entitySearch(input, onPick) {
    const list = el('ul', {class: 'suggestions', role: 'listbox', id: input.id + '-suggestions', hidden: true});
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.autocomplete = 'off';
    let found = [];
    let active = -1;
    let asked = 0;

    const close = () => {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        active = -1;
    };
    const pick = entity => {
        close();
        input.value = '';
        onPick(entity);
    };
    const highlight = index => {
        active = index;
        [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
        if (active >= 0) input.setAttribute('aria-activedescendant', list.children[active].id);
    };

    input.addEventListener('input', async () => {
        const text = input.value.trim();
        const ask = ++asked;
        if (text.length < 2) return close();
        let entities;
        try {
            entities = await getJson('/api/entities' + query({q: text, limit: 8}));
        } catch (e) {
            entities = [];
        }
        if (ask !== asked) return; // a later keystroke has its own answer on the way
        found = entities;
        show(list, found.length ? found.map((entity, i) => el('li', {
            id: `${list.id}-${i}`, role: 'option', class: 'type-' + entity.type,
            onmousedown: event => { event.preventDefault(); pick(entity); }
        }, el('span', {class: 'name'}, entity.name), ' ', el('span', {class: 'type'}, entity.type.toLowerCase())))
            : el('li', {class: 'none'}, 'No entity matches'));
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(-1);
    });
    input.addEventListener('keydown', event => {
        if (list.hidden) return;
        if (event.key === 'ArrowDown') { highlight(Math.min(active + 1, found.length - 1)); event.preventDefault(); }
        else if (event.key === 'ArrowUp') { highlight(Math.max(active - 1, 0)); event.preventDefault(); }
        else if (event.key === 'Enter' && found.length) { pick(found[Math.max(active, 0)]); event.preventDefault(); }
        else if (event.key === 'Escape') close();
    });
    input.addEventListener('blur', close);
}
