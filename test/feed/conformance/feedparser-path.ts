import type { PyNode } from './python-expression.js';

/** How an expected value is compared with the model's value. */
export type CompareKind = 'text' | 'url' | 'instant' | 'id' | 'language' | 'tag' | 'author' | 'number' | 'exact';

/** Where a feedparser path lands in our model (src/feed/model.ts) and how to compare it. */
export interface ModelTarget {
  /** Item index; undefined for the feed itself. */
  item?: number;
  field: 'title' | 'url' | 'language' | 'updated' | 'published' | 'id' | 'summary' | 'authors' | 'tags' | 'enclosures' | 'image';
  /** Position in a list field (authors, tags, enclosures). */
  index?: number;
  /** Key of an enclosure or image. */
  key?: 'url' | 'type' | 'length';
  compare: CompareKind;
  /** Source elements whose type tells whether feedparser's value is HTML (text fields), in order of preference. */
  sourceNames?: string[];
  /** feedparser's links[j]: maps to `url` only when it is the first alternate link. */
  linkIndex?: number;
  /** content[0].value: maps to `summary` only when the item has no summary of its own. */
  contentOnly?: boolean;
  /** feedparser's `updated` falls back to `published`; compared against ours the same way. */
  fallback?: 'published';
}

/** A mapped path, or the reason it has no counterpart in the model. */
export type PathMapping = { target: ModelTarget } | { notApplicable: string };

const SUMMARY_SOURCES = ['summary', 'description', 'abstract', 'content', 'encoded', 'body', 'fullitem'];
const CONTENT_SOURCES = ['content', 'encoded', 'body', 'fullitem'];

type Rule = [RegExp, (index: number[]) => Omit<ModelTarget, 'item'>];

const FEED_RULES: Rule[] = [
  [/^(title|title_detail\.value)$/, () => ({ field: 'title', compare: 'text', sourceNames: ['title'] })],
  [/^link$/, () => ({ field: 'url', compare: 'url' })],
  [/^links\[(\d+)\]\.href$/, ([j]) => ({ field: 'url', compare: 'url', linkIndex: j })],
  [/^language$/, () => ({ field: 'language', compare: 'language' })],
  [/^updated(_parsed)?$/, () => ({ field: 'updated', compare: 'instant' })],
];

const ITEM_RULES: Rule[] = [
  [/^(title|title_detail\.value)$/, () => ({ field: 'title', compare: 'text', sourceNames: ['title'] })],
  [/^link$/, () => ({ field: 'url', compare: 'url' })],
  [/^links\[(\d+)\]\.href$/, ([j]) => ({ field: 'url', compare: 'url', linkIndex: j })],
  [/^(id|guid)$/, () => ({ field: 'id', compare: 'id' })],
  [/^(summary|description|summary_detail\.value)$/, () => ({ field: 'summary', compare: 'text', sourceNames: SUMMARY_SOURCES })],
  [/^content\[0\]\.value$/, () => ({ field: 'summary', compare: 'text', sourceNames: CONTENT_SOURCES, contentOnly: true })],
  [/^(author|author_detail\.name)$/, () => ({ field: 'authors', index: 0, compare: 'author' })],
  [/^authors\[(\d+)\]\.name$/, ([k]) => ({ field: 'authors', index: k, compare: 'author' })],
  [/^tags\[(\d+)\]\.term$/, ([k]) => ({ field: 'tags', index: k, compare: 'tag' })],
  [/^category$/, () => ({ field: 'tags', index: 0, compare: 'tag' })],
  [/^enclosures\[(\d+)\]\.(href|url)$/, ([k]) => ({ field: 'enclosures', index: k, key: 'url', compare: 'url' })],
  [/^enclosures\[(\d+)\]\.type$/, ([k]) => ({ field: 'enclosures', index: k, key: 'type', compare: 'exact' })],
  [/^enclosures\[(\d+)\]\.length$/, ([k]) => ({ field: 'enclosures', index: k, key: 'length', compare: 'number' })],
  [/^published(_parsed)?$/, () => ({ field: 'published', compare: 'instant' })],
  [/^updated(_parsed)?$/, () => ({ field: 'updated', compare: 'instant', fallback: 'published' })],
  [/^(media_thumbnail\[0\]\.url|image\.href)$/, () => ({ field: 'image', key: 'url', compare: 'url' })],
];

/** A subscript/attribute chain as feedparser's dotted path (`entries[0].title`), or undefined for other expressions. */
export function pathToString(node: PyNode): string | undefined {
  if (node.kind === 'name') return node.name;
  if (node.kind === 'attribute') {
    const target = pathToString(node.target);
    return target && `${target}.${node.name}`;
  }
  const isGet = node.kind === 'call' && node.callee.kind === 'attribute' && node.callee.name === 'get' && node.args.length === 1;
  const key = node.kind === 'index' ? node.key : isGet ? node.args[0] : undefined;
  if (!key || key.kind !== 'literal') return undefined;
  const target = pathToString(node.kind === 'index' ? node.target : (node as { callee: { target: PyNode } }).callee.target);
  if (!target) return undefined;
  if (typeof key.value === 'number') return `${target}[${key.value}]`;
  return typeof key.value === 'string' ? `${target}.${key.value}` : undefined;
}

/** Maps a feedparser path (`feed.title`, `entries[0].enclosures[0].href`) onto the model, or says why it has no counterpart. */
export function mapFeedparserPath(path: string): PathMapping {
  const scope = /^(feed|entries\[(\d+)\])\.(.+)$/.exec(path);
  if (!scope) return { notApplicable: `not in the model: ${path.split(/[.[]/)[0]}` };
  const [, root, item, rest] = scope;
  for (const [pattern, build] of root === 'feed' ? FEED_RULES : ITEM_RULES) {
    const match = pattern.exec(rest);
    if (match) {
      const indexes = match.slice(1).filter((group) => /^\d+$/.test(group ?? '')).map(Number);
      const target = build(indexes);
      return { target: item === undefined ? target : { item: Number(item), ...target } };
    }
  }
  const field = rest.split(/[.[]/)[0];
  const detail = /_detail\.(type|base|language)$|^content\[\d+\]\.(type|base|language|src)$/.exec(rest);
  return { notApplicable: detail ? `content metadata not in the model: ${detail[1] ?? detail[2]}` : `not in the model: ${root === 'feed' ? 'feed' : 'entry'}.${field}` };
}
