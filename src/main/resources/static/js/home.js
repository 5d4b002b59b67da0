// The home page: the corpus at a glance, from /api/articles and /api/overview, and the name search.
import {articleHref, el, entityHref, getJson, notice, query, show} from './dom.js';
import {entitySearch} from './entity-search.js';

entitySearch(document.getElementById('home-search'), entity => { location.href = entityHref(entity.id); });

const articleList = document.getElementById('article-list');
const [articles, overview] = await Promise.all([getJson('/api/articles'), getJson('/api/overview')])
    .catch(e => { show(articleList, notice(e.message, 'error')); return [null, null]; });
if (articles) {
    show(articleList, articles.length === 0
        ? notice('No articles yet. Load a folder of articles with: java -jar target/storygraph.jar load FOLDER '
            + '(or ./mvnw spring-boot:run, which loads the seed/ folder on first start).')
        : el('table', {id: 'articles'},
            el('thead', {}, el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Outlet'), el('th', {}, 'Title'))),
            el('tbody', {}, articles.map(a => el('tr', {},
                el('td', {}, a.published || 'undated'), el('td', {}, a.outlet || ''),
                el('td', {}, el('a', {href: articleHref(a.id)}, a.title || a.id)))))));
}
if (overview) {
    show(document.getElementById('date-span'), overview.events
        ? [`${overview.events} events from ${overview.firstEventDay} to ${overview.lastEventDay}. `,
            el('a', {href: '/timeline'}, 'Read them on the timeline'), '.']
        : 'No dated events yet.');
    show(document.getElementById('entity-types'), overview.entityTypes.map(t => el('li', {},
        el('a', {href: '/timeline' + query({type: t.type})}, `${t.entities} ${t.type.toLowerCase()}`))));
    show(document.getElementById('most-connected'), overview.mostConnected.map(e => el('li', {},
        el('a', {href: entityHref(e.id), class: 'type-' + e.type}, e.name), ` (${e.links} links) `,
        el('a', {href: '/graph' + query({entity: e.id}), class: 'graph-link'}, 'graph'))));
}
