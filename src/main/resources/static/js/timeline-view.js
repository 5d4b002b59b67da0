// The vis timeline (visjs 4.21, loaded as the global `vis`) showing a list of events from /api/events.
// The 4.x timeline writes string content as HTML, so every item and lane gets a DOM element built here instead.
// It draws only the events inside the visible window; when more than MAX_ITEMS fall in it, they are gathered
// into one "N events" range per month or year, which zooms in when clicked. That keeps 10,000 events responsive.
import {el} from './dom.js';

const MAX_ITEMS = 300;
const DAY = 24 * 3600 * 1000;

const startOf = event => new Date(event.start + 'T00:00:00');
const endOf = event => new Date(new Date(event.end + 'T00:00:00').getTime() + DAY);
const articleCount = event => new Set(event.sources.map(s => s.articleId)).size;

/** One line of the legend explaining how events are drawn. */
export function timelineLegend() {
    return el('ul', {class: 'legend timeline-legend', 'aria-label': 'Legend'},
        el('li', {}, el('span', {class: 'swatch point'}), 'a day'),
        el('li', {}, el('span', {class: 'swatch range'}), 'a week, month or year (the text says no more)'),
        el('li', {}, el('span', {class: 'swatch published'}), 'dated by the publication day, not by the text'),
        el('li', {}, el('span', {class: 'swatch cluster'}), 'several events: click to zoom in'));
}

export class TimelineView {
    /**
     * onSelect(eventId or null) is called when the reader picks an event.
     */
    constructor(container, {onSelect = () => {}, height} = {}) {
        this.container = container;
        this.onSelect = onSelect;
        this.events = [];
        this.lanes = null;
        this.items = new vis.DataSet();
        this.timeline = new vis.Timeline(container, this.items, {
            height, minHeight: 200, zoomKey: 'ctrlKey', orientation: 'top',
            stack: true, showCurrentTime: false, selectable: true, multiselect: false,
            tooltip: {followMouse: true}, margin: {item: {horizontal: 2, vertical: 6}}
        });
        this.timeline.on('rangechanged', () => this.draw());
        this.timeline.on('select', ({items}) => this.picked(items[0]));
        container.tabIndex = 0;
        container.setAttribute('role', 'application');
        container.setAttribute('aria-label',
            'Timeline. Arrow keys pan, plus and minus zoom, Enter opens the first event in view.');
        container.addEventListener('keydown', event => this.key(event));
    }

    /**
     * Shows events; lanes: null for one lane, or {field: 'participant' | 'outlet', groups: [{id, name}]}.
     */
    show(events, lanes) {
        this.events = events.filter(e => e.start).sort((a, b) => a.start.localeCompare(b.start));
        this.lanes = lanes && lanes.groups.length ? lanes : null;
        this.timeline.setGroups(this.lanes ? new vis.DataSet(this.lanes.groups.map(g =>
            ({id: g.id, content: el('span', {class: 'lane'}, g.name)}))) : null);
        this.items.clear();
        if (this.events.length) {
            const first = startOf(this.events[0]).getTime();
            const last = Math.max(...this.events.map(e => endOf(e).getTime()));
            const margin = Math.max((last - first) * 0.05, 2 * DAY);
            this.timeline.setWindow(new Date(first - margin), new Date(last + margin), {animation: false});
        }
        this.draw();
    }

    select(eventId) {
        const ids = this.items.getIds().filter(id => String(id).split('|')[0] === eventId);
        this.timeline.setSelection(ids);
        const event = this.events.find(e => e.id === eventId);
        if (event && !ids.length) {
            // not drawn at this zoom: bring it into view, then mark it
            this.timeline.moveTo(startOf(event), {animation: false});
            this.draw();
            this.timeline.setSelection(this.items.getIds().filter(id => String(id).split('|')[0] === eventId));
        }
    }

    draw() {
        const window = this.timeline.getWindow();
        const inView = this.events.filter(e => endOf(e) >= window.start && startOf(e) <= window.end);
        const selected = this.timeline.getSelection();
        const items = inView.length > MAX_ITEMS ? this.clusters(inView) : inView.flatMap(e => this.itemsOf(e));
        this.items.clear();
        this.items.add(items);
        this.timeline.setSelection(selected.filter(id => this.items.get(id)));
        this.container.dataset.shown = String(inView.length <= MAX_ITEMS ? inView.length : 0);
    }

    itemsOf(event) {
        const lanes = this.lanesOf(event);
        const count = articleCount(event);
        const base = {
            start: startOf(event),
            type: event.precision === 'DAY' ? 'point' : 'range',
            className: ['event', 'precision-' + event.precision, 'basis-' + event.dateBasis].join(' '),
            title: `${event.date}: ${event.title || 'event'} (${count} source${count === 1 ? '' : 's'})`
        };
        if (base.type === 'range') base.end = endOf(event);
        const content = () => el('span', {class: 'event-label', dataset: {event: event.id}},
            event.title || 'event', count > 1 ? el('span', {class: 'sources'}, ' ×' + count) : null);
        if (!this.lanes) return [{...base, id: event.id, content: content()}];
        return lanes.map(lane => ({...base, id: event.id + '|' + lane, group: lane, content: content()}));
    }

    lanesOf(event) {
        if (!this.lanes) return [];
        const wanted = new Set(this.lanes.groups.map(g => g.id));
        const keys = this.lanes.field === 'outlet'
            ? event.sources.map(s => s.outlet || 'unknown outlet')
            : event.participants.map(p => p.id);
        return [...new Set(keys)].filter(key => wanted.has(key));
    }

    /** Too many events in view: one range per month (or year) and lane, saying how many. */
    clusters(events) {
        const window = this.timeline.getWindow();
        const byYear = window.end - window.start > 3 * 365 * DAY;
        const buckets = new Map();
        for (const event of events) {
            const key = byYear ? event.start.slice(0, 4) : event.start.slice(0, 7);
            for (const lane of this.lanes ? this.lanesOf(event) : [null]) {
                const id = 'cluster|' + key + '|' + lane;
                if (!buckets.has(id)) buckets.set(id, {key, lane, count: 0});
                buckets.get(id).count++;
            }
        }
        return [...buckets.entries()].map(([id, b]) => {
            const start = new Date(byYear ? `${b.key}-01-01T00:00:00` : `${b.key}-01T00:00:00`);
            const end = byYear ? new Date(+b.key + 1, 0, 1) : new Date(start.getFullYear(), start.getMonth() + 1, 1);
            return {
                id, start, end, type: 'range', className: 'cluster', group: b.lane ?? undefined,
                title: `${b.count} events in ${b.key}: click to zoom in`,
                content: el('span', {class: 'cluster-label'}, `${b.count} events`)
            };
        });
    }

    picked(itemId) {
        if (itemId === undefined) return this.onSelect(null);
        const id = String(itemId);
        if (id.startsWith('cluster|')) {
            const item = this.items.get(itemId);
            this.timeline.setWindow(item.start, item.end);
            return;
        }
        this.onSelect(id.split('|')[0]);
    }

    key(event) {
        const {start, end} = this.timeline.getWindow();
        const span = end - start;
        const move = (from, to) => { this.timeline.setWindow(new Date(from), new Date(to)); event.preventDefault(); };
        switch (event.key) {
            case 'ArrowLeft': return move(+start - span / 5, +end - span / 5);
            case 'ArrowRight': return move(+start + span / 5, +end + span / 5);
            case '+': case '=': return move(+start + span / 4, +end - span / 4);
            case '-': return move(+start - span / 2, +end + span / 2);
            case 'Enter': {
                const first = this.items.get().find(item => !String(item.id).startsWith('cluster|'));
                if (first) { this.timeline.setSelection([first.id]); this.picked(first.id); }
            }
        }
    }
}
