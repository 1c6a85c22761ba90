'use strict';

const ENDPOINT = new URL('../graphql', window.location.href).pathname;
const NEIGHBOURS = 100;
const COLOURS = {
  Person: '#2f80ed',
  Organization: '#f2994a',
  Event: '#27ae60',
  Place: '#9b51e0',
  Topic: '#eb5757',
  Article: '#828282',
};
const OTHER_COLOUR = '#b0b7bf';

const NODE_FIELDS = 'id label caption properties degree degreeByType';
const SUBGRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { id source target type properties } truncated`;
const SOURCE_FIELDS = 'sources { article { url title publishedAt } quote confidence }';

const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new Error(`The service cannot be reached: ${error.message}`);
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((error) => error.message).join('; '));
  }
  if (!response.ok || !body.data) {
    throw new Error(`The service answered ${response.status} ${response.statusText}`);
  }
  return body.data;
}

function showMessage(text, kind = 'error') {
  const box = $('#message');
  box.textContent = text;
  box.className = kind;
  box.hidden = false;
}

window.addEventListener('error', (event) => showMessage(`Error in the page: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => showMessage(`Error in the page: ${event.reason}`));

function clearMessage() {
  $('#message').hidden = true;
}

function setStatus(text) {
  $('#status').textContent = text;
}

function colour(label) {
  return COLOURS[label] || OTHER_COLOUR;
}

function formatDegree(degree) {
  return degree >= 1000 ? '1000+' : String(degree);
}

const cy = cytoscape({
  container: $('#graph'),
  maxZoom: 2,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(display)',
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': 13,
        'font-family': 'system-ui, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': 1,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#334e68',
        'border-opacity': 0.4,
      },
    },
    { selector: 'node.more', style: { 'border-opacity': 1, 'border-width': 3, 'border-style': 'double', 'border-color': '#334e68' } },
    { selector: 'node.truncated', style: { 'border-style': 'dashed', 'border-color': '#c62828' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f7c948', 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#bcccdc',
        'target-arrow-color': '#bcccdc',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'arrow-scale': 0.8,
        label: 'data(type)',
        'font-size': 8,
        color: '#7b8794',
        'text-rotation': 'autorotate',
        'text-opacity': 0,
      },
    },
    { selector: 'edge:selected', style: { 'text-opacity': 1, 'line-color': '#486581' } },
    { selector: '.faded', style: { opacity: 0.12, events: 'no' } },
  ],
});

const expanded = new Set();
let topicEvents = null;
let loading = 0;

function nodeData(node) {
  return {
    id: node.id,
    label: node.label,
    caption: node.caption,
    properties: node.properties || {},
    degree: node.degree,
    degreeByType: node.degreeByType || {},
    reachable: node.degree - ((node.degreeByType || {}).MENTIONED_IN || 0),
    colour: colour(node.label),
    size: Math.round(18 + 6 * Math.log2(1 + node.degree)),
  };
}

/**
 * Caption, Arabic name, and a degree badge when the node has more relationships than are drawn (mentions in
 * articles aside: the neighbourhood leaves them out).
 */
function refreshBadges() {
  cy.nodes().forEach((node) => {
    const more = node.data('reachable') > node.connectedEdges().length;
    const caption = node.data('caption');
    const arabic = node.data('properties').name;
    const names = typeof arabic === 'string' && arabic !== caption ? `${caption}\n${arabic}` : caption;
    node.data('display', more ? `${names}\n[${formatDegree(node.data('degree'))}]` : names);
    node.toggleClass('more', more);
  });
}

/** Adds the nodes and edges not yet drawn; new nodes start beside the node they were reached from. */
function merge(subgraph, around) {
  const origin = around && cy.getElementById(around).nonempty() ? cy.getElementById(around).position() : null;
  const added = [];
  for (const node of subgraph.nodes) {
    if (cy.getElementById(node.id).nonempty()) continue;
    const position = origin
      ? { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 }
      : undefined;
    added.push({ group: 'nodes', data: nodeData(node), position });
  }
  cy.add(added);
  const edges = subgraph.edges
    .filter((edge) => cy.getElementById(edge.id).empty())
    .filter((edge) => cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty())
    .map((edge) => ({ group: 'edges', data: { ...edge, properties: edge.properties || {} } }));
  cy.add(edges);
  refreshBadges();
  applyTopic();
  return added.length;
}

function layout(randomize) {
  return new Promise((resolve) => {
    const run = cy.layout({
      name: 'cose',
      animate: false,
      randomize,
      fit: true,
      padding: 40,
      nodeRepulsion: () => 2500,
      idealEdgeLength: () => 50,
      nodeOverlap: 8,
      gravity: 2,
      nodeDimensionsIncludeLabels: true,
    });
    run.one('layoutstop', resolve);
    run.run();
  });
}

async function busy(task) {
  loading += 1;
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } catch (error) {
    showMessage(error.message);
    return undefined;
  } finally {
    loading -= 1;
    if (loading === 0) document.body.removeAttribute('aria-busy');
  }
}

async function fetchNeighbourhood(id) {
  const data = await graphql(
    `query Neighbourhood($id: ID!, $limit: Int) { neighborhood(id: $id, depth: 1, limit: $limit) { ${SUBGRAPH_FIELDS} } }`,
    { id, limit: NEIGHBOURS },
  );
  return data.neighborhood;
}

function describeDrawn(subgraph, id) {
  const node = cy.getElementById(id);
  const caption = node.nonempty() ? node.data('caption') : id;
  const cut = subgraph.truncated ? ` — truncated at ${NEIGHBOURS} neighbours` : '';
  setStatus(`${caption}: ${cy.nodes().length} nodes, ${cy.edges().length} edges drawn${cut}. Click a node to expand it.`);
}

/** Draws the graph around one node, replacing what was drawn. */
function show(id) {
  return busy(async () => {
    clearMessage();
    const subgraph = await fetchNeighbourhood(id);
    cy.elements().remove();
    expanded.clear();
    merge(subgraph);
    expanded.add(id);
    cy.getElementById(id).toggleClass('truncated', subgraph.truncated);
    await layout(true);
    select(id);
    describeDrawn(subgraph, id);
  });
}

/** Adds a node's neighbours to the drawn graph. */
function expand(id) {
  return busy(async () => {
    clearMessage();
    const subgraph = await fetchNeighbourhood(id);
    const added = merge(subgraph, id);
    expanded.add(id);
    cy.getElementById(id).toggleClass('truncated', subgraph.truncated);
    if (added > 0) await layout(false);
    describeDrawn(subgraph, id);
    const selected = cy.nodes(':selected');
    if (selected.length === 1) renderDetails(selected);
    if (added === 0) showMessage('No further neighbours to draw for this node.', 'info');
  });
}

function select(id) {
  cy.nodes(':selected').unselect();
  const node = cy.getElementById(id);
  node.select();
  renderDetails(node);
}

function dataList(entries) {
  const list = element('dl');
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const text = typeof value === 'object' ? (Array.isArray(value) ? value.join(', ') : JSON.stringify(value)) : String(value);
    list.append(element('dt', {}, key), element('dd', { dir: 'auto' }, text));
  }
  return list;
}

function renderDetails(node) {
  const panel = $('#details');
  panel.replaceChildren(element('h2', {}, 'Details'));
  if (node.empty()) {
    panel.append(element('p', { class: 'hint' }, 'Select a node.'));
    return;
  }
  const data = node.data();
  panel.append(
    element('h3', {}, element('span', { class: 'kind', style: `background:${data.colour}` }, data.label),
      element('bdi', { dir: 'auto' }, data.caption)),
    dataList([['id', data.id], ['degree', formatDegree(data.degree)], ['drawn', node.connectedEdges().length]]),
  );
  const expandButton = element('button', { class: 'expand', type: 'button' }, expanded.has(data.id) ? 'Expand again' : 'Expand neighbours');
  expandButton.addEventListener('click', () => expand(data.id));
  panel.append(expandButton);
  if (Object.keys(data.degreeByType).length) {
    panel.append(element('h3', {}, 'Relationships'), dataList(Object.entries(data.degreeByType)));
  }
  const properties = Object.entries(data.properties).filter(([key]) => key !== 'id');
  panel.append(element('h3', {}, 'Properties'), dataList(properties));
  const sources = element('div', { id: 'sources' });
  panel.append(sources);
  renderSources(data.id, data.label, sources);
  const curations = element('div', { id: 'curations' });
  panel.append(curations);
  renderCurations(data.id, data.label, curations);
}

async function renderSources(id, label, container) {
  if (!['Person', 'Organization', 'Event'].includes(label)) return;
  container.replaceChildren(element('h3', {}, 'Sources'), element('p', { class: 'hint' }, 'Loading…'));
  try {
    const data = await graphql(
      `query Sources($id: ID!) { node(id: $id) { id
         ... on Person { ${SOURCE_FIELDS} } ... on Organization { ${SOURCE_FIELDS} } ... on Event { ${SOURCE_FIELDS} } } }`,
      { id },
    );
    const found = (data.node && data.node.sources) || [];
    const list = element('ol', { class: 'sources' });
    for (const source of found) {
      const article = source.article;
      const title = article.title || article.url;
      const date = article.publishedAt ? ` (${article.publishedAt.slice(0, 10)})` : '';
      const confidence = source.confidence !== null && source.confidence !== undefined ? `confidence ${source.confidence}` : '';
      list.append(element('li', {},
        element('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto' }, title), date,
        source.quote ? element('blockquote', { dir: 'auto' }, source.quote) : null,
        confidence ? element('div', {}, element('small', {}, confidence)) : null));
    }
    container.replaceChildren(element('h3', {}, `Sources (${found.length})`),
      found.length ? list : element('p', { class: 'hint' }, 'No sources recorded.'));
  } catch (error) {
    container.replaceChildren(element('h3', {}, 'Sources'));
    showMessage(`Sources of ${id} could not be loaded: ${error.message}`);
  }
}

/** Dims events not about the chosen topic, and whatever is connected only to such events. */
function applyTopic() {
  cy.elements().removeClass('faded');
  if (!topicEvents) return;
  const offTopic = cy.nodes().filter((node) => node.data('label') === 'Event' && !topicEvents.has(node.id()));
  offTopic.addClass('faded');
  cy.nodes().forEach((node) => {
    if (node.hasClass('faded') || node.data('label') === 'Event' || node.data('label') === 'Topic') return;
    const neighbours = node.neighborhood('node');
    if (neighbours.nonempty() && neighbours.every((neighbour) => neighbour.hasClass('faded'))) node.addClass('faded');
  });
  cy.nodes('.faded').connectedEdges().addClass('faded');
}

async function chooseTopic(key) {
  return busy(async () => {
    clearMessage();
    if (!key) {
      topicEvents = null;
    } else {
      const data = await graphql(
        'query TopicEvents($topic: ID!) { events(where: { topic: $topic }, first: 500) { edges { node { id } } } }',
        { topic: key },
      );
      topicEvents = new Set(data.events.edges.map((edge) => edge.node.id));
    }
    $('#topic').value = key;
    applyTopic();
  });
}

/** The name as written and, on its own line, the English name: each isolated so Arabic and English keep their order. */
function hitCaption(node) {
  const name = node.name || node.title || node.id;
  const english = node.nameEn || node.topicEn;
  const caption = element('span', { class: 'names' }, element('bdi', { dir: 'auto' }, name));
  if (english && english !== name) caption.append(element('bdi', { dir: 'auto', class: 'english' }, english));
  return caption;
}

async function search(text) {
  return busy(async () => {
    clearMessage();
    const data = await graphql(
      `query Search($text: String!) { search(text: $text, first: 20) { score node { id __typename
         ... on Person { name nameEn } ... on Organization { name nameEn } ... on Event { name nameEn }
         ... on Place { name nameEn } ... on Topic { name topicEn: nameEn } ... on Article { title } } } }`,
      { text },
    );
    const results = $('#results');
    results.replaceChildren();
    for (const hit of data.search) {
      const type = hit.node.__typename;
      const button = element('button', { type: 'button', 'data-id': hit.node.id },
        element('span', { class: 'kind', style: `background:${colour(type)}` }, type), hitCaption(hit.node));
      button.addEventListener('click', () => show(hit.node.id));
      results.append(element('li', {}, button));
    }
    if (data.search.length === 0) showMessage(`Nothing found for “${text}”.`, 'info');
    return data.search;
  });
}

function renderLegend() {
  const legend = $('#legend');
  for (const [label, value] of [...Object.entries(COLOURS), ['Other', OTHER_COLOUR]]) {
    legend.append(element('li', {}, element('span', { class: 'swatch', style: `background:${value}` }), label));
  }
  legend.append(element('li', { class: 'hint' }, '[n]: relationships in all, when not all are drawn'));
}

async function loadTopics() {
  const data = await graphql('{ topics { key name nameEn } }');
  const select = $('#topic');
  for (const topic of data.topics) {
    select.append(element('option', { value: topic.key, dir: 'auto' }, `${topic.nameEn} — ${topic.name}`));
  }
  return data.topics;
}

cy.on('tap', 'node', (event) => {
  const id = event.target.id();
  select(id);
  if (!expanded.has(id)) expand(id);
});
cy.on('tap', (event) => {
  if (event.target === cy) renderDetails(cy.collection());
});

$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('#search-text').value.trim();
  if (text) search(text);
});
$('#topic').addEventListener('change', (event) => chooseTopic(event.target.value));

renderLegend();

window.explorer = {
  cy,
  search,
  show,
  expand,
  chooseTopic,
  get busy() {
    return loading > 0;
  },
  ready: loadTopics().then(
    () => true,
    (error) => {
      showMessage(`Topics could not be loaded: ${error.message}`);
      return false;
    },
  ),
};

const initial = new URLSearchParams(window.location.search).get('id');
if (initial) show(initial);
