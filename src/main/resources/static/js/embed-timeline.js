// First version of the embedded timeline: the events of /api/events for the frame's filters, as a list whose
// items open to show their sources. The vis-timeline version replaces this file. Text goes in with textContent.

const container = document.getElementById('timeline');
const { entity, from, to, timelineUrl } = container.dataset;

const params = new URLSearchParams();
if (entity) params.set('entity', entity);
if (from) params.set('from', from);
if (to) params.set('to', to);

show();

async function show() {
    let events;
    try {
        const response = await fetch(`/api/events?${params}`, { headers: { Accept: 'application/json' } });
        const body = await response.json();
        if (!response.ok) {
            message(body.detail || `The timeline could not be loaded (${response.status}).`);
            return;
        }
        events = body;
    } catch (e) {
        message('The timeline could not be loaded.');
        return;
    }
    if (events.length === 0) {
        message('No events.');
        return;
    }
    const list = document.createElement('ol');
    list.className = 'events';
    for (const event of events) {
        list.appendChild(item(event));
    }
    container.replaceChildren(list);
}

function item(event) {
    const li = document.createElement('li');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const time = document.createElement('time');
    time.textContent = event.date || 'undated';
    summary.append(time, document.createTextNode(event.title || ''));
    const sources = document.createElement('ul');
    for (const source of event.sources) {
        const s = document.createElement('li');
        const outlet = document.createElement('strong');
        outlet.textContent = source.outlet || source.title || source.articleId;
        s.append(outlet, document.createTextNode(`: ${source.sentence}`));
        sources.appendChild(s);
    }
    const more = document.createElement('a');
    more.href = timelineUrl;
    more.target = '_blank';
    more.rel = 'noopener';
    more.textContent = 'See it in Storygraph';
    details.append(summary, sources, more);
    li.appendChild(details);
    return li;
}

function message(text) {
    const p = document.createElement('p');
    p.textContent = text;
    container.replaceChildren(p);
}
