// Browser side of the parse benchmark: times each parser on each document, rounds rotating the
// order so every parser shares the same background noise, and returns the raw samples.

/** The parsers: `load` returns the parse function, `items` counts the items in its result. */
const CONTENDERS = [
  {
    name: 'strichka parseFeed',
    load: async ({ feedModuleUrl }) => (await import(feedModuleUrl)).parseFeed,
    items: (feed) => feed.items.length,
  },
  {
    name: 'DOMParser (bare)',
    load: async () => (text) => new DOMParser().parseFromString(text, 'application/xml'),
    items: (doc) =>
      doc.getElementsByTagName('parsererror').length ? 0 : doc.querySelectorAll('item, entry').length,
  },
  {
    name: 'feedsmith 3.0.1',
    load: async ({ feedsmithUrl }) => (await import(feedsmithUrl)).parseFeed,
    items: ({ feed }) => (feed.items ?? feed.entries).length,
  },
  {
    name: 'rss-parser 3.13.0',
    note: 'rss-parser: parseString returns a Promise; timed until it resolves.',
    async: true,
    load: async () => {
      const parser = new window.RSSParser();
      return (text) => parser.parseString(text);
    },
    items: (feed) => feed.items.length,
  },
];

/**
 * One timed call; async parsers are awaited, sync ones are timed without any await. No forced GC: a
 * parser's garbage is collected when the engine decides, within its own runs or a later parser's, as
 * on a reader's page.
 */
async function timeOnce(contender, text) {
  const start = performance.now();
  let result = contender.parse(text);
  if (contender.async) result = await result;
  return { ms: performance.now() - start, result };
}

/** Times every contender on every document: `warmups` untimed calls, then `runs` rounds. */
window.measureParseTimes = async ({ feedModuleUrl, feedsmithUrl, documents, warmups, runs }) => {
  const contenders = await Promise.all(
    CONTENDERS.map(async (c) => ({ ...c, parse: await c.load({ feedModuleUrl, feedsmithUrl }) })),
  );
  const results = [];
  for (const { name, url } of documents) {
    const text = await (await fetch(url)).text();
    const samples = contenders.map(() => []);
    const last = [];
    for (const contender of contenders) {
      for (let w = 0; w < warmups; w++) await timeOnce(contender, text);
    }
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < contenders.length; k++) {
        const i = (round + k) % contenders.length;
        const { ms, result } = await timeOnce(contenders[i], text);
        samples[i].push(ms);
        last[i] = result;
      }
    }
    results.push({
      name,
      chars: text.length,
      parsers: contenders.map((c, i) => ({ name: c.name, note: c.note, samples: samples[i], items: c.items(last[i]) })),
    });
  }
  return results;
};
