// The embedded timeline (/embed/timeline, for other sites' iframes): the same vis timeline as /timeline for the
// frame's filters; clicking an event shows its sources inside the frame, with links out to the full app.
import {articleHref, describeDate, el, getJson, notice, query, show} from './dom.js';
import {TimelineView} from './timeline-view.js';

const container = document.getElementById('timeline');
const {entity, from, to, lanes, height, timelineUrl} = container.dataset;
const app = new URL(timelineUrl, location.href).origin;
const drawing = el('div', {class: 'embed-drawing'});
const panel = el('div', {class: 'embed-panel', 'aria-live': 'polite'});
container.append(drawing, panel);

const view = new TimelineView(drawing, {height: Math.max(150, Number(height || 400) - 150) + 'px', onSelect: showSources});

async function showSources(id) {
    if (!id) return show(panel);
    try {
        const {event} = await getJson('/api/events/' + encodeURIComponent(id));
        show(panel, el('h2', {}, event.title || 'Event'), el('p', {class: 'date'}, describeDate(event)),
            el('ul', {class: 'sources'}, event.sources.map(s => el('li', {},
                el('blockquote', {}, s.sentence),
                el('a', {href: app + articleHref(s.articleId, s.sentenceIndex), target: '_blank', rel: 'noopener'},
                    s.outlet || s.title || 'source', s.published ? ', ' + s.published : '')))),
            el('a', {href: app + '/timeline' + query({entity, from, to, event: id}), target: '_blank', rel: 'noopener'},
                'Open in Storygraph'));
    } catch (e) {
        show(panel, notice(e.message, 'error'));
    }
}

try {
    const events = await getJson('/api/events' + query({entity, from, to, limit: 10000}));
    if (!events.length) show(panel, notice('No events for this timeline yet.'));
    const outlets = [...new Set(events.flatMap(e => e.sources.map(s => s.outlet || 'unknown outlet')))].sort();
    view.show(events, lanes === 'outlet' ? {field: 'outlet', groups: outlets.map(o => ({id: o, name: o}))} : null);
} catch (e) {
    show(panel, notice(e.message, 'error'));
}
