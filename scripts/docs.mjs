// `npm run docs`: a reference page per element in docs/api/, generated from dist/custom-elements.json
// (which `npm run build` writes), each with a live example from docs/examples/<tag>.html.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = 'docs/api';

/** Text as HTML: escaped, with `code` spans from the JSDoc's backticks. */
const prose = (text = '') => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** Text safe inside HTML elements and quoted attributes. */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A table with a heading, or nothing when there are no rows. */
function table(title, headers, rows) {
  if (!rows.length) return '';
  const head = headers.map((header) => `<th scope="col">${header}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h2 id="${title.toLowerCase().replace(/\W+/g, '-')}">${title}</h2>\n<div class="table"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '');

/** The sections of one element's page: attributes, properties, events, slots, parts, CSS properties. */
function reference(element) {
  const members = (element.members ?? []).filter((m) => m.kind == 'field' && !m.static && m.privacy != 'private' && m.privacy != 'protected');
  const attributes = element.attributes ?? [];
  const attributeOf = new Map(attributes.map((attribute) => [attribute.fieldName, attribute.name]));
  return [
    table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), prose(a.description)]),
    ),
    table(
      'Properties',
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      members.map((m) => [code(m.name), code(attributeOf.get(m.name)), code(m.type?.text), code(m.default), prose(m.description)]),
    ),
    table('Events', ['Event', 'Description'], (element.events ?? []).map((e) => [code(e.name), prose(e.description)])),
    table('Slots', ['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)])),
    table('CSS parts', ['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), prose(p.description)])),
    table('CSS custom properties', ['Property', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), prose(p.description)])),
  ].filter(Boolean);
}

/** A whole HTML page around `main`, loading every element from the script-tag bundle. */
const page = (title, main) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Strichka</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../docs.css">
<script type="module" src="../../dist/cdn/strichka.js"></script>
</head>
<body>
<nav aria-label="Elements"><a href="index.html">Strichka elements</a></nav>
<main>
${main}
</main>
</body>
</html>
`;

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

mkdirSync(OUT, { recursive: true });
for (const element of elements) {
  const example = readFileSync(`docs/examples/${element.tagName}.html`, 'utf8').trim();
  const main = [
    `<h1><code>&lt;${element.tagName}&gt;</code></h1>`,
    `<p>${prose(element.description || element.summary)}</p>`,
    `<h2 id="example">Example</h2>`,
    `<div class="example">\n${example}\n</div>`,
    `<pre><code>${escapeHtml(example)}</code></pre>`,
    ...reference(element),
  ].join('\n');
  writeFileSync(`${OUT}/${element.tagName}.html`, page(`<${element.tagName}>`, main));
}
/** The first paragraph of an element's description, without the tag it starts with. */
const summaryOf = (element) => (element.description ?? '').split('\n\n')[0].replace(/^`<[\w-]+>`: /, '').replace(/\s+/g, ' ');
const list = elements
  .map((element) => `<li><a href="${element.tagName}.html"><code>&lt;${element.tagName}&gt;</code></a>: ${prose(summaryOf(element))}</li>`)
  .join('\n');
writeFileSync(`${OUT}/index.html`, page('Elements', `<h1>Strichka elements</h1>\n<ul>\n${list}\n</ul>\n<p>Framework snippets (Vue, Svelte, Angular, React): <a href="../frameworks.md">docs/frameworks.md</a>.</p>`));
console.log(`docs: ${elements.length} element pages in ${OUT}/`);
