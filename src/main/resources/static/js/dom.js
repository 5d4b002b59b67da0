// Small helpers every page uses. Text from articles only ever reaches the page through textContent or
// attributes set by the DOM, never through innerHTML, so it cannot become markup.

/** Builds an element: attrs are properties or attributes, children are nodes or text (null is skipped). */
export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'class') node.className = value;
        else if (name === 'dataset') Object.assign(node.dataset, value);
        else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
        else node.setAttribute(name, value === true ? '' : value);
    }
    append(node, children);
    return node;
}

function append(node, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces what a container shows. */
export function show(container, ...children) {
    container.replaceChildren();
    append(container, children);
}

/** GETs JSON from the API; an error carries the problem detail's message. */
export async function getJson(url) {
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => null);
    if (!response.ok) {
        throw new Error(body?.detail || `${response.status} ${response.statusText} from ${url}`);
    }
    return body;
}

/** A query string from an object; arrays become repeated parameters, empty values are left out. */
export function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
        for (const v of [value].flat()) {
            if (v !== null && v !== undefined && v !== '') search.append(name, v);
        }
    }
    const text = search.toString();
    return text ? '?' + text : '';
}

export const entityHref = id => '/entities/' + encodeURIComponent(id);
export const articleHref = (id, sentenceIndex) =>
    '/articles/' + encodeURIComponent(id) + (sentenceIndex === undefined ? '' : '#s' + sentenceIndex);

const PRECISION_WORDS = {DAY: 'day', WEEK: 'week', MONTH: 'month only', YEAR: 'year only'};
const BASIS_WORDS = {
    EXPLICIT: 'dated by the text',
    RELATIVE: 'dated relative to the publication day ("Wednesday", "last week")',
    PUBLISHED: 'dated by the publication day'
};

/** "2018-01-24 (day, dated by the text)". */
export function describeDate(event) {
    if (!event.date) return 'undated';
    const parts = [PRECISION_WORDS[event.precision] || event.precision, BASIS_WORDS[event.dateBasis] || event.dateBasis];
    return `${event.date} (${parts.filter(Boolean).join(', ')})`;
}

/** A message in place of content: what went wrong and what to do. */
export function notice(text, kind = 'empty') {
    return el('p', {class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status'}, text);
}
