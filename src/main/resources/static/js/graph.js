// The relationship graph explorer: starts from an entity, expands on double-click, explains on click.
import {DataSet, Network} from '/webjars/vis-network/standalone/esm/vis-network.min.js';
import {articleHref, describeDate, el, entityHref, getJson, notice, query, show} from './dom.js';
import {entitySearch} from './entity-search.js';
import {graphLegend, NETWORK_OPTIONS, visEdge, visNode} from './graph-style.js';

const PAGE = 25;
const container = document.getElementById('graph');
const panel = document.getElementById('graph-panel');
const status = document.getElementById('graph-status');
const showEvents = document.getElementById('show-events');
const fromSlider = document.getElementById('range-from');
const toSlider = document.getElementById('range-to');
const rangeLabel = document.getElementById('range-label');
document.getElementById('graph-legend').append(graphLegend());

const nodes = new DataSet();
const edges = new DataSet();
const network = new Network(container, {nodes, edges}, NETWORK_OPTIONS);
container.network = network; // lets scripts and tests find a node's position on the canvas
let settling;
/** The picture holds still once physics has placed the nodes, or after a few seconds whatever happens. */
function holdStill() {
    clearTimeout(settling);
    network.setOptions({physics: {enabled: false}});
    container.dataset.settled = 'true';
}
network.on('stabilizationIterationsDone', holdStill);
network.on('stabilized', holdStill);

const url = new URL(location.href);
const state = {
    entity: url.searchParams.get('entity') || '',
    events: url.searchParams.get('events') === 'true',
    from: url.searchParams.get('from') || '',
    to: url.searchParams.get('to') || ''
};
/** For each expanded node, how many of its neighbours are loaded and how many there are. */
const expanded = new Map();
let months = [];

function writeUrl() {
    history.replaceState(null, '', location.pathname + query({entity: state.entity,
        events: state.events ? 'true' : '', from: state.from, to: state.to}));
}

function countShown() {
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
}

/** Loads the next page of a node's neighbours and adds what is new near it. */
async function expand(id) {
    const known = expanded.get(id) || {loaded: 0, total: 0};
    show(status, 'Loading neighbours…');
    let hood;
    try {
        hood = await getJson('/api/graph/neighbours' + query({node: id, skip: known.loaded, limit: PAGE,
            events: state.events ? 'true' : '', from: state.from, to: state.to}));
    } catch (e) {
        show(status, notice(e.message, 'error'));
        return;
    }
    const at = nodes.get(id) ? network.getPositions([id])[id] : {x: 0, y: 0};
    if (!nodes.get(hood.center.id)) nodes.add({...visNode(hood.center), x: at.x, y: at.y});
    const entityNeighbours = hood.nodes.filter(n => n.type !== 'EVENT').length;
    expanded.set(id, {loaded: known.loaded + (hood.center.type === 'EVENT' ? hood.nodes.length : entityNeighbours),
        total: hood.total});
    const added = hood.nodes.filter(n => !nodes.get(n.id));
    nodes.add(added.map((n, i) => ({...visNode(n),
        x: at.x + 150 * Math.cos(2 * Math.PI * i / added.length), y: at.y + 150 * Math.sin(2 * Math.PI * i / added.length)})));
    edges.update(hood.links.filter(l => nodes.get(l.from) && nodes.get(l.to)).map(visEdge));
    settle();
    countShown();
    const more = hood.total - expanded.get(id).loaded;
    show(status, `${nodes.length} nodes, ${edges.length} links.`,
        more > 0 ? [` ${hood.center.name || 'This node'} has ${more} more neighbours: `,
            el('button', {type: 'button', id: 'show-more', onclick: () => expand(id)}, 'show more')] : '',
        ' Double-click a node to expand it; click a node or link to see why it is there.');
}

/** Lets physics place new nodes, then stops it so the picture holds still. */
function settle() {
    container.dataset.settled = 'false';
    network.setOptions({physics: {enabled: true}});
    network.stabilize(200);
    clearTimeout(settling);
    settling = setTimeout(holdStill, 4000);
}

async function start() {
    writeUrl();
    nodes.clear();
    edges.clear();
    const again = [...expanded.keys()];
    expanded.clear();
    clearPanel();
    if (!state.entity) {
        show(status, notice('Search for an entity above to start from it, or pick one of the most connected:'),
            await mostConnected());
        countShown();
        return;
    }
    await expand(state.entity);
    for (const id of again.filter(id => id !== state.entity && nodes.get(id))) await expand(id);
    network.fit();
}

async function mostConnected() {
    try {
        const overview = await getJson('/api/overview');
        if (!overview.mostConnected.length) {
            return notice('No entities yet. Load articles with: java -jar target/storygraph.jar load FOLDER');
        }
        return el('ul', {class: 'inline-list'}, overview.mostConnected.map(e => el('li', {},
            el('a', {href: '/graph' + query({entity: e.id})}, e.name))));
    } catch (e) {
        return notice(e.message, 'error');
    }
}

/** The panel keeps its place beside the graph, so the canvas never shifts under the pointer. */
function clearPanel() {
    show(panel, el('p', {class: 'hint'},
        'Click a node or a link to see what it is and why it is there; double-click a node to expand it.'));
}

async function describeNode(id) {
    const node = nodes.get(id);
    const pinned = node.fixed === true;
    const actions = el('div', {class: 'actions'},
        el('button', {type: 'button', onclick: () => expand(id)}, expanded.has(id) ? 'Show more' : 'Expand'),
        el('button', {type: 'button', 'aria-pressed': String(pinned), onclick: () => {
            nodes.update({id, fixed: !pinned});
            describeNode(id);
        }}, pinned ? 'Unpin' : 'Pin'),
        el('button', {type: 'button', onclick: () => {
            nodes.remove(id);
            edges.remove(edges.getIds({filter: e => e.from === id || e.to === id}));
            clearPanel();
            countShown();
        }}, 'Hide'));
    if (node.kind === 'EVENT') {
        const {event} = await getJson('/api/events/' + encodeURIComponent(id));
        show(panel, el('h2', {id: 'panel-title'}, event.title || 'Event'),
            el('p', {}, describeDate(event)),
            el('p', {}, el('a', {href: '/timeline' + query({entity: state.entity, event: id})}, 'Show on the timeline')),
            el('h3', {}, 'Who took part'),
            el('ul', {}, event.participants.map(p => el('li', {}, el('a', {href: entityHref(p.id)}, p.name)))),
            actions);
    } else {
        const entity = await getJson('/api/entities/' + encodeURIComponent(id));
        show(panel, el('h2', {id: 'panel-title'}, entity.name),
            el('p', {class: 'type'}, (entity.type || '').toLowerCase(),
                `, named ${entity.mentions} times in ${entity.articles} article${entity.articles === 1 ? '' : 's'}`),
            entity.aliases.length ? el('p', {}, 'Also written: ', entity.aliases.join(', ')) : null,
            entity.roles.length ? [el('h3', {}, 'Roles'), el('ul', {}, entity.roles.map(r => el('li', {},
                r.title, r.at ? [' at ', el('a', {href: entityHref(r.at.id)}, r.at.name)] : '')))] : null,
            el('p', {}, el('a', {href: '/timeline' + query({entity: id})}, 'Show on the timeline'), ' · ',
                el('a', {href: entityHref(id)}, 'Entity page')),
            actions);
    }
}

async function describeLink(id) {
    const edge = edges.get(id);
    const [source, target] = [nodes.get(edge.from), nodes.get(edge.to)];
    const evidence = await getJson('/api/graph/evidence' + query({source: edge.from, target: edge.to,
        type: edge.linkType, from: state.from, to: state.to}));
    show(panel, el('h2', {id: 'panel-title'}, source?.label || edge.from, ' — ', target?.label || edge.to),
        el('p', {}, edge.title.textContent),
        el('h3', {}, `Evidence (${evidence.length} sentence${evidence.length === 1 ? '' : 's'})`),
        el('ul', {class: 'sources'}, evidence.map(s => el('li', {class: 'source'},
            el('div', {class: 'source-meta'}, s.outlet || 'unknown outlet', s.published ? ', ' + s.published : ''),
            el('blockquote', {}, s.sentence),
            el('a', {href: articleHref(s.articleId, s.sentenceIndex)}, 'Read it in “', s.title || s.articleId, '”')))));
}

network.on('doubleClick', ({nodes: picked}) => { if (picked.length) expand(picked[0]); });
network.on('click', ({nodes: pickedNodes, edges: pickedEdges}) => {
    const shown = pickedNodes.length ? describeNode(pickedNodes[0])
        : pickedEdges.length ? describeLink(pickedEdges[0]) : (clearPanel(), null);
    shown?.catch(e => show(panel, notice(e.message, 'error')));
});

/** The date-range slider: one step per month between the first and last article. */
async function setUpRange() {
    const articles = await getJson('/api/articles').catch(() => []);
    const dates = articles.map(a => a.published).filter(Boolean).sort();
    if (!dates.length) {
        document.getElementById('range').hidden = true;
        return;
    }
    const first = new Date(dates[0].slice(0, 7) + '-01T00:00:00');
    const last = new Date(dates[dates.length - 1].slice(0, 7) + '-01T00:00:00');
    for (let d = first; d <= last; d = new Date(d.getFullYear(), d.getMonth() + 1, 1)) {
        months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
    }
    for (const slider of [fromSlider, toSlider]) slider.max = String(months.length - 1);
    fromSlider.value = String(Math.max(0, months.indexOf(state.from.slice(0, 7))));
    const toIndex = months.indexOf(state.to.slice(0, 7));
    toSlider.value = String(toIndex < 0 ? months.length - 1 : toIndex);
    labelRange();
    const changed = () => {
        if (+fromSlider.value > +toSlider.value) toSlider.value = fromSlider.value;
        labelRange();
        const whole = +fromSlider.value === 0 && +toSlider.value === months.length - 1;
        state.from = whole ? '' : months[+fromSlider.value] + '-01';
        const end = new Date(months[+toSlider.value] + '-01T00:00:00');
        const lastDay = new Date(end.getFullYear(), end.getMonth() + 1, 0).getDate();
        state.to = whole ? '' : `${months[+toSlider.value]}-${String(lastDay).padStart(2, '0')}`;
        start();
    };
    fromSlider.addEventListener('change', changed);
    toSlider.addEventListener('change', changed);
}

function labelRange() {
    const text = `Evidence from articles published ${months[+fromSlider.value]} to ${months[+toSlider.value]}`;
    show(rangeLabel, text);
    fromSlider.setAttribute('aria-valuetext', months[+fromSlider.value]);
    toSlider.setAttribute('aria-valuetext', months[+toSlider.value]);
}

showEvents.checked = state.events;
showEvents.addEventListener('change', () => {
    state.events = showEvents.checked;
    start();
});
entitySearch(document.getElementById('graph-search'), entity => {
    state.entity = entity.id;
    expanded.clear();
    start();
});
await setUpRange();
await start();
