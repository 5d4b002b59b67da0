// An entity's page: its events on a small timeline and as a list, and its quotes. The rest is in the template.
import {articleHref, describeDate, el, getJson, notice, query, show} from './dom.js';
import {TimelineView} from './timeline-view.js';

const id = document.querySelector('main').dataset.entityId;
const list = document.getElementById('entity-events');
const quotes = document.getElementById('entity-quotes');
const timelineUrl = eventId => '/timeline' + query({entity: id, event: eventId});

const events = await getJson('/api/events' + query({entity: id, limit: 10000})).catch(e => e);
if (events instanceof Error) {
    show(list, notice(events.message, 'error'));
} else if (!events.length) {
    document.getElementById('entity-timeline').hidden = true;
    show(list, notice('No events: the articles name it, but not as taking part in anything dated.'));
} else {
    new TimelineView(document.getElementById('entity-timeline'), {
        height: '220px', onSelect: eventId => { if (eventId) location.href = timelineUrl(eventId); }
    }).show(events, null);
    show(list, events.map(event => el('li', {},
        el('a', {href: timelineUrl(event.id)}, event.title || 'event'), ' — ', describeDate(event))));
}

const said = await getJson('/api/quotes' + query({speaker: id})).catch(e => e);
show(quotes, said instanceof Error ? notice(said.message, 'error')
    : !said.length ? notice('No quotes credited to it.')
        : said.map(q => el('li', {}, el('q', {}, q.text), q.date ? ` (${q.date})` : '',
            q.sources.length ? [' — ', el('a', {href: articleHref(q.sources[0].articleId)},
                q.sources[0].outlet || q.sources[0].title || 'source')] : '')));
