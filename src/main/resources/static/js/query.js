// The Cypher console (/query): editor, parameters, run, results as a table. Data is only ever put in the page
// with textContent, never as HTML.

const form = document.getElementById('cypher-form');
const queryBox = document.getElementById('cypher-query');
const paramsBox = document.getElementById('cypher-params');
const status = document.getElementById('cypher-status');
const table = document.getElementById('cypher-table');

// CodeMirror 5 (WebJar) with its Cypher mode; the plain textarea still works if the script did not load.
const editor = window.CodeMirror
    ? window.CodeMirror.fromTextArea(queryBox, {
        mode: 'application/x-cypher-query',
        lineNumbers: true,
        matchBrackets: true,
        viewportMargin: Infinity,
        extraKeys: { 'Ctrl-Enter': () => run(), 'Cmd-Enter': () => run() },
    })
    : null;
const query = {
    get: () => (editor ? editor.getValue() : queryBox.value),
    set: (text) => (editor ? editor.setValue(text) : (queryBox.value = text)),
    focus: () => (editor ? editor.focus() : queryBox.focus()),
};

let errorMark = null;

form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
});
for (const box of [queryBox, paramsBox]) {
    box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            run();
        }
    });
}
for (const button of document.querySelectorAll('#examples button.example')) {
    button.addEventListener('click', () => {
        query.set(button.dataset.query);
        paramsBox.value = button.dataset.params || '{}';
        query.focus();
    });
}

async function run() {
    clearError();
    let params;
    try {
        params = paramsBox.value.trim() === '' ? {} : JSON.parse(paramsBox.value);
    } catch (e) {
        showStatus(`The parameters are not JSON: ${e.message}`, true);
        return;
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
        showStatus('The parameters must be a JSON object, such as {"name": "Denver"}.', true);
        return;
    }
    showStatus('Running…', false);
    let response;
    try {
        response = await fetch('/api/cypher', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ query: query.get(), params }),
        });
    } catch (e) {
        showStatus(`The server did not answer: ${e.message}`, true);
        return;
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
        showProblem(response.status, body);
        return;
    }
    const rows = body.rows.length;
    showStatus(`${rows} ${rows === 1 ? 'row' : 'rows'}${body.truncated ? ' (truncated: there were more)' : ''}`
        + ` in ${body.millis} ms`, false);
    renderTable(body);
    document.dispatchEvent(new CustomEvent('storygraph:cypher-result', { detail: { result: body, graph: holdsGraph(body) } }));
}

function showProblem(statusCode, problem) {
    table.replaceChildren();
    const title = problem && problem.title ? problem.title : `Error ${statusCode}`;
    const detail = problem && problem.detail ? problem.detail : '';
    showStatus(`${title}: ${detail}`, true);
    if (problem && problem.position && editor) {
        const line = problem.position.line - 1;
        const ch = problem.position.column - 1;
        editor.setCursor({ line, ch });
        errorMark = editor.markText({ line, ch }, { line, ch: ch + 1 }, { className: 'cypher-error' });
    }
    document.dispatchEvent(new CustomEvent('storygraph:cypher-result', { detail: { result: null, graph: false } }));
}

function clearError() {
    if (errorMark) {
        errorMark.clear();
        errorMark = null;
    }
}

function showStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', isError);
}

function renderTable(result) {
    const head = document.createElement('thead');
    const headRow = head.insertRow();
    for (const column of result.columns) {
        const th = document.createElement('th');
        th.textContent = column;
        headRow.appendChild(th);
    }
    const body = document.createElement('tbody');
    for (const row of result.rows) {
        const tr = body.insertRow();
        for (const value of row) {
            const td = tr.insertCell();
            if (value === null) {
                td.textContent = 'null';
                td.className = 'null';
            } else if (typeof value === 'object') {
                const code = document.createElement('code');
                code.textContent = describe(value);
                code.title = JSON.stringify(value, null, 2);
                td.appendChild(code);
            } else {
                td.textContent = String(value);
                if (typeof value === 'number') td.className = 'number';
            }
        }
    }
    const element = document.createElement('table');
    element.className = 'results';
    element.append(head, body);
    table.replaceChildren(element);
}

/** Nodes as (:Label {name}), relationships as [:TYPE], paths as their steps; anything else as JSON. */
function describe(value) {
    if (isNode(value)) {
        const name = value.properties.name ?? value.properties.title ?? value.properties.id ?? value.id;
        return `(:${value.labels.join(':')} ${JSON.stringify(name)})`;
    }
    if (isRelationship(value)) return `[:${value.type}]`;
    if (isPath(value)) return value.nodes.map(describe).join('–');
    return JSON.stringify(value);
}

const isNode = (v) => v && typeof v === 'object' && Array.isArray(v.labels) && 'properties' in v && 'id' in v;
const isRelationship = (v) => v && typeof v === 'object' && typeof v.type === 'string' && 'start' in v && 'end' in v && 'properties' in v;
const isPath = (v) => v && typeof v === 'object' && Array.isArray(v.nodes) && Array.isArray(v.relationships);

/** Whether a result holds nodes, relationships or paths anywhere (also inside lists and maps). */
export function holdsGraph(result) {
    const visit = (v) => {
        if (v === null || typeof v !== 'object') return false;
        if (isNode(v) || isRelationship(v) || isPath(v)) return true;
        return Object.values(v).some(visit);
    };
    return !!result && result.rows.some((row) => row.some(visit));
}
