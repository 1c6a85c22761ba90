'use strict';

/* Curation in the explorer: a node's panel lists its curations, and a duplicates view lists candidate pairs side by side.
   Acting on them stays in GraphQL (mergeNodes, keepApart) and the command line. Uses graphql(), element(), show() of explorer.js. */

const CURATED = ['Person', 'Organization', 'Place', 'Event'];
const CURATION_FIELDS = 'curations { id action subjects note by at detail }';

async function renderCurations(id, label, container) {
  if (!CURATED.includes(label)) return;
  container.replaceChildren(element('h3', {}, 'Curations'), element('p', { class: 'hint' }, 'Loading…'));
  try {
    const data = await graphql(
      `query Curations($id: ID!) { node(id: $id) { id ... on Person { ${CURATION_FIELDS} } ... on Organization { ${CURATION_FIELDS} }
         ... on Place { ${CURATION_FIELDS} } ... on Event { ${CURATION_FIELDS} } } }`,
      { id },
    );
    const found = (data.node && data.node.curations) || [];
    const list = element('ol', { class: 'curations' });
    for (const curation of found) {
      list.append(element('li', {},
        element('strong', {}, curation.action), curation.detail ? ` ${curation.detail}` : '',
        element('div', {}, element('small', { dir: 'auto' }, curation.subjects.join(' · '))),
        element('div', {}, element('small', {}, `by ${curation.by}, ${curation.at.slice(0, 16).replace('T', ' ')}`)),
        curation.note ? element('blockquote', { dir: 'auto' }, curation.note) : null));
    }
    container.replaceChildren(element('h3', {}, `Curations (${found.length})`),
      found.length ? list : element('p', { class: 'hint' }, 'No curations.'));
  } catch (error) {
    container.replaceChildren(element('h3', {}, 'Curations'));
    showMessage(`Curations of ${id} could not be loaded: ${error.message}`);
  }
}

function candidateCell(node) {
  const button = element('button', { type: 'button', class: 'candidate', dir: 'auto' }, node.name || node.id,
    element('span', { class: 'english' }, node.id));
  button.addEventListener('click', () => show(node.id));
  return element('td', {}, button);
}

async function showDuplicates(label) {
  const view = $('#duplicates');
  if (!label) {
    view.hidden = true;
    return;
  }
  view.hidden = false;
  view.replaceChildren(element('h2', {}, `Likely duplicates: ${label}`), element('p', { class: 'hint' }, 'Loading…'));
  try {
    const fields = `id ... on Person { name } ... on Organization { name } ... on Place { name } ... on Event { name }`;
    const data = await graphql(
      `query Duplicates($label: String!) { duplicateCandidates(label: $label, first: 50) { score reasons a { ${fields} } b { ${fields} } } }`,
      { label },
    );
    const rows = data.duplicateCandidates.map((pair) => element('tr', {},
      element('td', {}, pair.score.toFixed(2)), candidateCell(pair.a), candidateCell(pair.b),
      element('td', { dir: 'auto' }, pair.reasons.join('; '))));
    const table = element('table', { class: 'duplicates' },
      element('thead', {}, element('tr', {}, element('th', {}, 'score'), element('th', {}, 'a'), element('th', {}, 'b'),
        element('th', {}, 'reasons'))),
      element('tbody', {}, ...rows));
    view.replaceChildren(element('h2', {}, `Likely duplicates: ${label} (${rows.length})`),
      rows.length ? table : element('p', { class: 'hint' }, 'No candidates.'),
      element('p', { class: 'hint' }, 'Merge or keep apart with the mutations mergeNodes and keepApart, or the merge and keep-apart commands.'));
  } catch (error) {
    view.replaceChildren(element('h2', {}, 'Likely duplicates'));
    showMessage(`Duplicates could not be loaded: ${error.message}`);
  }
}

$('#duplicates-label').addEventListener('change', (event) => showDuplicates(event.target.value));
window.explorer.showDuplicates = showDuplicates;
