// Reads each sample feed with parseFeed and lists its items with DOM text nodes only:
// feed text never becomes HTML.
import { parseFeed } from '../dist/feed/index.js';

const sampleFeeds = ['news-uk.xml', 'news-ru.xml', 'news-en.xml', 'columns.atom', 'photo-stories.json'];

function element(name, properties = {}, ...children) {
  const node = Object.assign(document.createElement(name), properties);
  node.append(...children);
  return node;
}

function itemRow(item, language) {
  const date = item.published ? new Date(item.published) : undefined;
  const time = date
    ? element('time', {
        dateTime: item.published,
        textContent: date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv' }),
      })
    : element('span');
  const headline = item.url ? element('a', { href: item.url, textContent: item.title }) : element('span', { textContent: item.title });
  const updated = item.updated && item.published && item.updated > item.published;
  const title = element('span', {}, ...(updated ? [element('span', { className: 'updated', textContent: 'updated ' }), headline] : [headline]));
  const tags = element('span', { className: 'tags', textContent: [...item.authors, ...item.tags.map((tag) => `#${tag}`)].join(' · ') });
  return element('li', {}, time, title, tags);
}

async function showFeed(name, container) {
  const url = new URL(`feeds/${name}`, import.meta.url).href;
  const section = element('section', {}, element('h2', { textContent: name }));
  container.append(section);
  try {
    const response = await fetch(url);
    const feed = parseFeed(await response.text(), { baseUrl: url, contentType: response.headers.get('content-type') ?? undefined });
    section.querySelector('h2').textContent = feed.title;
    section.lang = feed.language ?? '';
    section.append(
      element('p', { textContent: `${name} · ${feed.format} · ${feed.language ?? 'no language'} · ${feed.items.length} items` }),
      element('ol', {}, ...feed.items.map((item) => itemRow(item, feed.language))),
    );
  } catch (error) {
    section.append(element('p', { className: 'error', textContent: `${error.name}: ${error.message}` }));
  }
}

const container = document.getElementById('feeds');
for (const name of sampleFeeds) showFeed(name, container);
