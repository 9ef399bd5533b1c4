// The host pages' feed: a copy of demo/feeds/news-en.xml served from bench/.out/feeds/, so the
// bench can publish a newer version the way a newsroom does (the file changes on the server,
// its ETag with it) and the ticker's next poll gets the new stories.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SOURCE = 'demo/feeds/news-en.xml';

/** Path of the copy under `root`, as the pages name it (/bench/.out/feeds/news-en.xml). */
const copyPath = (root) => join(root, 'bench/.out/feeds/news-en.xml');

/** Writes the copy of the sample feed (again, when a run has published over it). */
export async function resetHostFeed(root) {
  await mkdir(join(root, 'bench/.out/feeds'), { recursive: true });
  await copyFile(join(root, SOURCE), copyPath(root));
}

const story = (slug, title, time) => `<item>
<title>${title}</title>
<link>https://www.example.com/en/news/2025/05/24/${slug}/</link>
<guid isPermaLink="true">https://www.example.com/en/news/2025/05/24/${slug}/</guid>
<pubDate>Sat, 24 May 2025 ${time} +0300</pubDate>
<category>Kyiv</category>
<description>Short news item from the live feed of the day.</description>
</item>
`;

/** Publishes two stories newer than every story of the sample feed, at the top of the copy. */
export async function publishTwoStories(root) {
  const text = await readFile(join(root, SOURCE), 'utf8');
  const first = text.indexOf('<item>');
  const added =
    story('kyiv-metro-night', 'Kyiv metro stations stay open all night as shelters', '16:40:00') +
    story('kyiv-air-defence', 'Air defence shoots down drones over Kyiv region', '16:30:00');
  await writeFile(copyPath(root), text.slice(0, first) + added + text.slice(first));
}
