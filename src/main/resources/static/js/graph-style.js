// How the relationship graph draws nodes and links, shared by every page that draws one.
import {el} from './dom.js';

export const NODE_STYLES = {
    PERSON: {color: '#d9822b', shape: 'dot', label: 'person'},
    ORGANIZATION: {color: '#2b6cb0', shape: 'square', label: 'organisation'},
    PLACE: {color: '#2f855a', shape: 'triangle', label: 'place'},
    LAW: {color: '#805ad5', shape: 'diamond', label: 'law'},
    PROGRAM: {color: '#b83280', shape: 'star', label: 'program'},
    PRODUCT: {color: '#c05621', shape: 'hexagon', label: 'product'},
    EVENT: {color: '#718096', shape: 'box', label: 'event'}
};

export const LINK_STYLES = {
    CO_OCCURS: {color: '#a0aec0', dashes: false, label: 'named in the same sentences'},
    ROLE: {color: '#2f855a', dashes: [6, 4], label: 'holds a title at'},
    PARTICIPATES_IN: {color: '#718096', dashes: [2, 4], label: 'took part in'}
};

const shorten = (text, length) => text && text.length > length ? text.slice(0, length - 1) + '…' : text;

/** A text tooltip: vis-network shows an element as it is, where a string could be read as markup. */
const tooltip = text => el('div', {class: 'graph-tooltip'}, text);

/** A vis-network node for an API node {id, name, type, date}. */
export function visNode(node) {
    const style = NODE_STYLES[node.type] || NODE_STYLES.EVENT;
    const label = node.type === 'EVENT' ? shorten(`${node.date || ''} ${node.name || 'event'}`.trim(), 40) : node.name;
    return {
        id: node.id, label, shape: style.shape, group: undefined,
        color: {background: style.color, border: style.color, highlight: {background: '#f6e05e', border: '#744210'}},
        font: {color: node.type === 'EVENT' ? '#ffffff' : '#1a202c', size: 14},
        size: node.type === 'EVENT' ? undefined : 14,
        title: tooltip(`${node.name || 'event'} (${style.label}${node.date ? ', ' + node.date : ''})`),
        kind: node.type
    };
}

/** A vis-network edge for an API link {id, from, to, type, label, weight}. */
export function visEdge(link) {
    const style = LINK_STYLES[link.type] || LINK_STYLES.CO_OCCURS;
    const label = link.type === 'CO_OCCURS' ? `×${link.weight}` : (link.label || '').toLowerCase();
    return {
        id: link.id, from: link.from, to: link.to, label,
        width: Math.min(1 + Math.log2(1 + link.weight) * 1.5, 8),
        color: {color: style.color, highlight: '#744210'}, dashes: style.dashes,
        font: {size: 11, align: 'middle', strokeWidth: 3},
        title: tooltip(`${style.label}${link.label ? ': ' + link.label : ''}, ${link.weight} supporting`
            + (link.type === 'PARTICIPATES_IN' ? ' article(s)' : ' sentence(s)')),
        linkType: link.type, weight: link.weight
    };
}

/** The legend for node kinds and link kinds. */
export function graphLegend() {
    return el('ul', {class: 'legend graph-legend', 'aria-label': 'Legend'},
        Object.entries(NODE_STYLES).map(([type, style]) => el('li', {},
            el('span', {class: 'swatch shape-' + style.shape, style: `background:${style.color}`}), style.label)),
        Object.entries(LINK_STYLES).map(([type, style]) => el('li', {},
            el('span', {class: 'swatch line' + (style.dashes ? ' dashed' : ''), style: `border-color:${style.color}`}),
            style.label)));
}

export const NETWORK_OPTIONS = {
    physics: {stabilization: {iterations: 300, fit: true}, barnesHut: {springLength: 140, avoidOverlap: 0.2}},
    interaction: {hover: true, hideEdgesOnDrag: true, keyboard: {enabled: true, bindToWindow: false},
        navigationButtons: false, multiselect: false},
    nodes: {borderWidth: 1},
    edges: {smooth: {type: 'continuous'}}
};
