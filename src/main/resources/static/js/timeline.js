// The timeline page: filters kept in the URL, the vis timeline, and a panel for the selected event.
import {articleHref, describeDate, el, entityHref, getJson, notice, query, show} from './dom.js';
import {entitySearch} from './entity-search.js';
import {TimelineView, timelineLegend} from './timeline-view.js';

const form = document.getElementById('filters');
const status = document.getElementById('timeline-status');
const panel = document.getElementById('event-panel');
const chips = document.getElementById('chosen-entities');
const view = new TimelineView(document.getElementById('timeline'), {onSelect: id => selectEvent(id, true)});
document.getElementById('legend').append(timelineLegend());

/** The API's largest page: a corpus with more events shows the earliest this many until the filters narrow it. */
const MOST_EVENTS = 10000;

/** The state of the page, read from and written to the URL so a view can be bookmarked. */
const url = new URL(location.href);
const state = {
    entities: [],
    type: url.searchParams.get('type') || '',
    from: url.searchParams.get('from') || '',
    to: url.searchParams.get('to') || '',
    minSources: url.searchParams.get('minSources') || '',
    lanes: url.searchParams.get('lanes') || 'participant',
    event: url.searchParams.get('event') || ''
};

function writeUrl() {
    const params = query({entity: state.entities.map(e => e.id), type: state.type, from: state.from, to: state.to,
        minSources: state.minSources, lanes: state.lanes === 'participant' ? '' : state.lanes, event: state.event});
    history.replaceState(null, '', location.pathname + params);
}

function drawChips() {
    show(chips, state.entities.map(entity => el('li', {class: 'chip type-' + entity.type},
        el('a', {href: entityHref(entity.id)}, entity.name),
        el('button', {type: 'button', 'aria-label': 'Remove ' + entity.name, onclick: () => {
            state.entities = state.entities.filter(e => e.id !== entity.id);
            reload();
        }}, '×'))));
}

async function reload() {
    writeUrl();
    drawChips();
    show(status, 'Loading events…');
    let events;
    try {
        events = await getJson('/api/events' + query({entity: state.entities.map(e => e.id), type: state.type,
            from: state.from, to: state.to, minSources: state.minSources, limit: MOST_EVENTS, sentences: false}));
    } catch (e) {
        show(status, notice(e.message + '. Check the filters and try again.', 'error'));
        view.show([], null);
        return;
    }
    view.show(events, lanesFor(events));
    const undated = events.filter(e => !e.start).length;
    const sources = new Set(events.flatMap(e => e.sources.map(s => s.articleId))).size;
    show(status, events.length === 0
        ? notice(anyFilter() ? 'No events match these filters: widen the dates, lower the sources or remove an entity.'
            : 'No events yet. Load articles with: java -jar target/storygraph.jar load FOLDER')
        : el('span', {id: 'event-count', dataset: {count: events.length}},
            `${events.length} event${events.length === 1 ? '' : 's'} from ${sources} article${sources === 1 ? '' : 's'}`
            + (undated ? `, ${undated} without a date (not drawn)` : '')
            + (events.length === MOST_EVENTS ? ' (the most one view shows: any later ones need narrower dates or'
                + ' an entity)' : '')));
    if (state.event) selectEvent(state.event, false);
}

const anyFilter = () => state.entities.length || state.type || state.from || state.to || state.minSources > 1;

function lanesFor(events) {
    if (state.lanes === 'outlet') {
        const outlets = [...new Set(events.flatMap(e => e.sources.map(s => s.outlet || 'unknown outlet')))].sort();
        return {field: 'outlet', groups: outlets.map(o => ({id: o, name: o}))};
    }
    return {field: 'participant', groups: state.entities.map(e => ({id: e.id, name: e.name}))};
}

async function selectEvent(id, fromTimeline) {
    state.event = id || '';
    writeUrl();
    if (!id) {
        panel.hidden = true;
        return;
    }
    if (!fromTimeline) view.select(id);
    let detail;
    try {
        detail = await getJson('/api/events/' + encodeURIComponent(id));
    } catch (e) {
        show(panel, notice(e.message, 'error'));
        panel.hidden = false;
        return;
    }
    const {event, quotes} = detail;
    show(panel,
        el('button', {type: 'button', class: 'close', 'aria-label': 'Close the event panel',
            onclick: () => { view.select(null); selectEvent(null); }}, '×'),
        el('h2', {id: 'event-title'}, event.title || 'Event'),
        el('p', {class: 'event-date'}, describeDate(event)),
        el('h3', {}, 'Who took part'),
        event.participants.length ? el('ul', {class: 'participants'}, event.participants.map(p => el('li', {},
            el('a', {href: entityHref(p.id), class: 'type-' + p.type}, p.name),
            ` (${p.role === 'AGENT' ? 'did it' : 'took part'}) `,
            el('a', {href: '/graph' + query({entity: p.id}), class: 'graph-link'}, 'graph'))))
            : el('p', {}, 'Nobody the loader could name.'),
        el('h3', {}, `Sources (${event.sources.length})`),
        el('ul', {class: 'sources'}, event.sources.map(s => el('li', {class: 'source'},
            el('div', {class: 'source-meta'}, s.outlet || 'unknown outlet', s.published ? ', ' + s.published : ''),
            el('blockquote', {}, s.sentence),
            el('a', {href: articleHref(s.articleId, s.sentenceIndex)}, 'Read it in “', s.title || s.articleId, '”')))),
        quotes.length ? [el('h3', {}, 'Said that day'), el('ul', {class: 'quotes'}, quotes.map(q => el('li', {},
            el('q', {}, q.text), ' ', el('a', {href: entityHref(q.speakerId)}, q.speakerName))))] : null);
    panel.hidden = false;
}

async function restoreEntities() {
    const ids = url.searchParams.getAll('entity');
    const found = await Promise.all(ids.map(id => getJson('/api/entities/' + encodeURIComponent(id)).catch(() => null)));
    state.entities = found.filter(Boolean).map(e => ({id: e.id, name: e.name, type: e.type}));
}

function bindFilters() {
    form.type.value = state.type;
    form.from.value = state.from;
    form.to.value = state.to;
    form.minSources.value = state.minSources || 1;
    form.lanes.value = state.lanes;
    form.addEventListener('change', event => {
        if (event.target.name === 'entitySearch') return;
        state.type = form.type.value;
        state.from = form.from.value;
        state.to = form.to.value;
        state.minSources = form.minSources.value > 1 ? form.minSources.value : '';
        state.lanes = form.lanes.value;
        reload();
    });
    form.addEventListener('submit', event => event.preventDefault());
    entitySearch(form.entitySearch, entity => {
        if (!state.entities.some(e => e.id === entity.id)) state.entities.push(entity);
        reload();
    });
}

/** The iframe snippet for the current filters, from /api/embed-snippet, ready to copy. */
function bindEmbed() {
    const button = document.getElementById('embed-button');
    const box = document.getElementById('embed-box');
    const snippet = document.getElementById('embed-snippet');
    button.addEventListener('click', async () => {
        box.hidden = !box.hidden;
        button.setAttribute('aria-expanded', String(!box.hidden));
        if (box.hidden) return;
        try {
            const embed = await getJson('/api/embed-snippet' + query({entity: state.entities[0]?.id, from: state.from,
                to: state.to, lanes: state.lanes === 'outlet' ? 'outlet' : ''}));
            snippet.value = embed.html;
            snippet.select();
        } catch (e) {
            snippet.value = e.message;
        }
    });
    document.getElementById('embed-copy').addEventListener('click', () => navigator.clipboard?.writeText(snippet.value));
}

bindFilters();
bindEmbed();
await restoreEntities();
await reload();
