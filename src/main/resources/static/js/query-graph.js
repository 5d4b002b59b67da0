// The console's graph view: when a result holds nodes, relationships or paths (query.js says so with the
// "storygraph:cypher-result" event), they are drawn with the same styling as /graph.
import {DataSet, Network} from '/webjars/vis-network/standalone/esm/vis-network.min.js';
import {LINK_STYLES, NETWORK_OPTIONS, visNode} from './graph-style.js';

const toggle = document.getElementById('cypher-view-toggle');
const table = document.getElementById('cypher-table');
const container = document.getElementById('cypher-graph');
const nodes = new DataSet();
const edges = new DataSet();
let network;

/** Every node and relationship anywhere in the rows, paths included. */
function collect(value, found) {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(v => collect(v, found));
    if (Array.isArray(value.labels) && value.id !== undefined) found.nodes.set(value.id, value);
    else if (value.type !== undefined && value.start !== undefined && value.end !== undefined) found.links.set(value.id, value);
    else Object.values(value).forEach(v => collect(v, found));
}

function asNode(node) {
    const p = node.properties || {};
    const type = node.labels.includes('Event') ? 'EVENT' : (p.type || 'EVENT');
    return visNode({id: node.id, name: p.name || p.title || p.text || node.labels.join(':'), type, date: p.date});
}

function asEdge(link) {
    const style = LINK_STYLES[link.type] || LINK_STYLES.CO_OCCURS;
    return {id: link.id, from: link.start, to: link.end, label: link.type.toLowerCase(), arrows: 'to',
        color: {color: style.color}, dashes: style.dashes, font: {size: 10, align: 'middle', strokeWidth: 3}};
}

function view(which) {
    container.hidden = which !== 'graph';
    table.hidden = which === 'graph';
    toggle.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.view === which)));
    if (which === 'graph') network?.fit();
}

toggle.addEventListener('click', event => { if (event.target.dataset.view) view(event.target.dataset.view); });

document.addEventListener('storygraph:cypher-result', ({detail}) => {
    toggle.hidden = !detail.graph;
    if (!detail.graph) return view('table');
    const found = {nodes: new Map(), links: new Map()};
    collect(detail.result.rows, found);
    nodes.clear();
    edges.clear();
    nodes.add([...found.nodes.values()].map(asNode));
    // a relationship is drawn only between nodes the result returned
    edges.add([...found.links.values()].filter(l => found.nodes.has(l.start) && found.nodes.has(l.end)).map(asEdge));
    container.dataset.nodes = String(nodes.length);
    container.hidden = false;
    network ??= new Network(container, {nodes, edges}, NETWORK_OPTIONS);
    network.once('stabilizationIterationsDone', () => network.setOptions({physics: {enabled: false}}));
    network.setOptions({physics: {enabled: true}});
    view('graph');
});
