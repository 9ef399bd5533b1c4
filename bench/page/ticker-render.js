// Browser side of the ticker benchmark: times <strichka-ticker>'s first render of a 50-item feed
// and its re-render after a refresh with 2 new items, and a hand-written list building the same
// rows with createElement from the same parsed items; returns the raw samples.

const ROWS = 50;
const NEW_ROWS = 2;
const TIME_ZONE = 'Europe/Kyiv';
// A hand-written widget keeps one formatter; the feed's items are all from an earlier day.
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: TIME_ZONE });

/** Resolves on the element's next `strichka-load`: when it fired and the feed it carried. */
const nextLoad = (element) =>
  new Promise((resolve) =>
    element.addEventListener('strichka-load', (event) => resolve({ at: performance.now(), feed: event.detail.feed }), {
      once: true,
    }),
  );

/** Waits for the element's update, forces layout of its rows and checks them; resolves to the time. */
async function rendered(element, newRows) {
  await element.updateComplete;
  const list = element.shadowRoot.querySelector('ol,ul');
  list.offsetHeight;
  const at = performance.now();
  const rows = list.querySelectorAll(':scope > li').length;
  const fresh = list.querySelectorAll(':scope > li[part~=new]').length;
  if (rows != ROWS || fresh != newRows) throw new Error(`ticker shows ${rows} rows, ${fresh} new; expected ${ROWS}, ${newRows}`);
  return at;
}

/** One ticker: connect with `src`, first render, `reload()`, re-render; the four intervals in ms. */
async function timeTicker(stage, feedUrl) {
  localStorage.clear();
  const ticker = document.createElement('strichka-ticker');
  ticker.setAttribute('src', feedUrl);
  ticker.setAttribute('limit', String(ROWS));
  ticker.setAttribute('time-zone', TIME_ZONE);
  const firstLoad = nextLoad(ticker);
  const connected = performance.now();
  stage.append(ticker);
  const first = await firstLoad;
  const firstShown = await rendered(ticker, 0);
  const refreshLoad = nextLoad(ticker);
  const reloaded = performance.now();
  ticker.reload();
  const refresh = await refreshLoad;
  const refreshShown = await rendered(ticker, NEW_ROWS);
  ticker.remove();
  return {
    feeds: [first.feed, refresh.feed],
    ms: {
      first: firstShown - first.at,
      refresh: refreshShown - refresh.at,
      firstWhole: firstShown - connected,
      refreshWhole: refreshShown - reloaded,
    },
  };
}

/** What a hand-written widget does with a feed: one `<li><time>…</time> <a>…</a></li>` per item. */
function fillPlainList(list, items) {
  list.replaceChildren(
    ...items.slice(0, ROWS).map((item) => {
      const row = document.createElement('li');
      const time = row.appendChild(document.createElement('time'));
      time.dateTime = item.published;
      time.textContent = dayFormat.format(Date.parse(item.published));
      row.append(' ');
      const link = row.appendChild(document.createElement('a'));
      link.href = item.url;
      link.textContent = item.title;
      return row;
    }),
  );
  list.offsetHeight;
}

/** The plain-DOM baseline: a new list from the first feed, then the same list rebuilt from the refreshed one. */
function timePlainDom(stage, [firstFeed, refreshFeed]) {
  const firstStart = performance.now();
  const list = stage.appendChild(document.createElement('ol'));
  fillPlainList(list, firstFeed.items);
  const first = performance.now() - firstStart;
  const refreshStart = performance.now();
  fillPlainList(list, refreshFeed.items);
  const refresh = performance.now() - refreshStart;
  list.remove();
  return { first, refresh };
}

/**
 * Times `warmups` untimed and `runs` timed rounds of a ticker on `${feedUrl}?run=<n>` (a new URL
 * each round, so no shared source or saved copy answers) and of the plain-DOM baseline, their
 * order alternating.
 */
window.measureTickerRender = async ({ tickerModuleUrl, feedUrl, warmups, runs }) => {
  await import(tickerModuleUrl);
  await customElements.whenDefined('strichka-ticker');
  // The width of the seed page's "Recent news" column: headlines wrap as they would there.
  const stage = document.body.appendChild(document.createElement('div'));
  stage.style.width = '20rem';
  const samples = { first: [], refresh: [], firstWhole: [], refreshWhole: [], plainFirst: [], plainRefresh: [] };
  let feeds;
  for (let round = 0; round < warmups + runs; round++) {
    const url = `${feedUrl}?run=${round}`;
    let ticker;
    let plain;
    // Warm-ups start with the ticker: the baseline needs its parsed feeds.
    if (round < warmups || round % 2 == 0) {
      ticker = await timeTicker(stage, url);
      feeds = ticker.feeds;
      plain = timePlainDom(stage, feeds);
    } else {
      plain = timePlainDom(stage, feeds);
      ticker = await timeTicker(stage, url);
    }
    if (round < warmups) continue;
    for (const [name, ms] of Object.entries(ticker.ms)) samples[name].push(ms);
    samples.plainFirst.push(plain.first);
    samples.plainRefresh.push(plain.refresh);
  }
  stage.remove();
  return samples;
};
