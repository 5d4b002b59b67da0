// An article's text, sentence by sentence, with what the loader found: entity mentions linked to their pages,
// event sentences marked with the word that signals the event, quotes credited to their speakers.
import {el, entityHref, getJson, notice, query, show} from './dom.js';

const id = document.querySelector('main').dataset.articleId;
const text = document.getElementById('article-text');
const meta = document.getElementById('article-meta');

/** Pieces of a sentence: plain text, entity mentions and event triggers, left to right, never overlapping. */
function marked(sentence) {
    const spans = [];
    const free = (start, end) => spans.every(s => end <= s.start || start >= s.end);
    const forms = [...sentence.mentions].sort((a, b) => (b.form || '').length - (a.form || '').length);
    for (const mention of forms) {
        if (!mention.form) continue;
        for (let at = sentence.text.indexOf(mention.form); at >= 0; at = sentence.text.indexOf(mention.form, at + 1)) {
            if (free(at, at + mention.form.length)) spans.push({start: at, end: at + mention.form.length, mention});
        }
    }
    for (const event of sentence.events) {
        if (!event.trigger) continue;
        const word = new RegExp(`\\b${event.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
        const found = word.exec(sentence.text);
        if (found && free(found.index, found.index + event.trigger.length)) {
            spans.push({start: found.index, end: found.index + event.trigger.length, event});
        }
    }
    spans.sort((a, b) => a.start - b.start);
    const pieces = [];
    let at = 0;
    for (const span of spans) {
        pieces.push(sentence.text.slice(at, span.start));
        const words = sentence.text.slice(span.start, span.end);
        pieces.push(span.mention
            ? el('a', {class: 'mention type-' + span.mention.type, href: entityHref(span.mention.entityId),
                title: `${span.mention.name} (${(span.mention.type || '').toLowerCase()})`}, words)
            : el('mark', {class: 'trigger', title: `${span.event.title || 'event'} (${span.event.date || 'undated'})`},
                words));
        at = span.end;
    }
    pieces.push(sentence.text.slice(at));
    return pieces;
}

function sentenceElement(sentence) {
    const classes = ['sentence'];
    if (sentence.events.length) classes.push('event-sentence');
    if (sentence.quotes.length) classes.push('quote-sentence');
    const notes = [
        ...sentence.events.map(event => el('a', {class: 'note event-note',
            href: '/timeline' + query({event: event.id})}, 'event: ', event.title || 'event', event.date ? ` (${event.date})` : '')),
        ...sentence.quotes.map(quote => el('span', {class: 'note quote-note'}, 'quote by ',
            quote.speakerId ? el('a', {href: entityHref(quote.speakerId)}, quote.speakerName) : 'nobody the loader could name'))
    ];
    return el('span', {class: classes.join(' '), id: 's' + sentence.index, dataset: {index: sentence.index}},
        marked(sentence), notes.length ? el('span', {class: 'notes'}, notes) : null, ' ');
}

try {
    const article = await getJson('/api/articles/' + encodeURIComponent(id));
    show(meta, article.outlet || 'unknown outlet', article.published ? ', published ' + article.published : ', undated',
        /^https?:\/\//i.test(article.url || '') ? [' · ', el('a', {href: article.url, rel: 'noopener noreferrer'}, 'original')] : '');
    const paragraphs = [];
    for (const sentence of article.sentences) {
        const key = sentence.paragraph ?? sentence.index;
        if (!paragraphs.length || paragraphs[paragraphs.length - 1].key !== key) paragraphs.push({key, sentences: []});
        paragraphs[paragraphs.length - 1].sentences.push(sentence);
    }
    show(text, paragraphs.map(p => el('p', {}, p.sentences.map(sentenceElement))));
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) {
        target.classList.add('highlighted');
        target.scrollIntoView({block: 'center'});
    }
} catch (e) {
    show(text, notice(e.message, 'error'));
}
