// Feeds for the tests (build their URLs with test/test-feed-url.ts), served by the test runner's dev server.
//
//   /feeds-test/feed?case=<unique id>&steps=ok,error,ok[&status=500][&retry=2][&ms=300][&url=…]
//   /feeds-test/log?case=<unique id>
//   /feeds-test/release?key=<hold key>
//
// Every test names its own `case`, so parallel test files never share state. The n-th request
// of a case answers with the n-th of `steps` (the last one repeats); /log returns what the server
// saw and answered for each request: { method, step, status, ifNoneMatch, url, aborted, sent, hold }.
// The steps are the keys of STEPS below, or a file path under demo/ or test/ (e.g.
// `demo/feeds/news-uk.xml`) served as it is; `&delay=<ms>` holds every answer back that long;
// `&today=<time zone>` moves a file's dates of 24 May 2025 to today's date in that zone;
// `&hold=<key>` holds every answer back until /release?key=<key> (at most HOLD_LIMIT_MS), so a
// test sees its loading state for as long as it needs, however slow the machine.
// Answers allow any origin, so a test can fetch them cross-origin (127.0.0.1 vs localhost).
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { Readable } from 'node:stream';

const cases = new Map();

// A held request waits at most this long, so one a test never released cannot hang or leak.
const HOLD_LIMIT_MS = 10_000;
/** Hold keys released so far: a request that arrives after its release passes at once. */
const releasedHolds = new Set();
/** Per hold key, the callbacks that let its waiting requests go. */
const heldRequests = new Map();

const rss = (title, items, declaration = '<?xml version="1.0" encoding="utf-8"?>') =>
  `${declaration}\n<rss version="2.0"><channel><title>${title}</title><link>/</link>\n` +
  items.map((item, i) => `<item><title>${item}</title><link>/news/${i + 1}</link><guid>${i + 1}</guid></item>\n`).join('') +
  '</channel></rss>\n';

// windows-1251 puts А–я at 0xC0–0xFF in Unicode order; Ukrainian letters come from a table.
const CP1251 = { Ё: 0xa8, ё: 0xb8, Є: 0xaa, є: 0xba, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, Ґ: 0xa5, ґ: 0xb4 };
// KOI8-R orders Cyrillic like the Latin alphabet: lower case at 0xC0, upper case at 0xE0.
const KOI8R = 'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';

function encode(text, charset) {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      const koi8r = KOI8R.indexOf(c);
      const byte = code < 0x80 ? code : charset == 'koi8-r' ? koi8r >= 0 && 0xc0 + koi8r : CP1251[c] ?? (code >= 0x410 && code <= 0x44f && code - 0x350);
      if (!byte) throw new Error(`cannot encode ${c} in ${charset}`);
      return byte;
    }),
  );
}

// The same titles appear in client.test.ts.
const UKRAINIAN_TITLES = ['Обмін полоненими: додому повернулися 95 захисників', 'Ґанок, їжак і Євген'];
const RUSSIAN_TITLES = ['Обмен пленными: домой вернулись 95 защитников', 'Съешь же еще этих мягких булок'];

function serveFeed(ctx, id, version) {
  const etag = `"${id}-${version}"`;
  ctx.set('ETag', etag);
  // Fresh for an hour by HTTP rules: only the client's cache mode 'no-cache' makes it ask again.
  ctx.set('Cache-Control', 'max-age=3600');
  if (ctx.get('If-None-Match') == etag) return (ctx.status = 304);
  ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
  ctx.body = rss(`Feed ${version}`, version == 1 ? UKRAINIAN_TITLES : [...UKRAINIAN_TITLES, 'Нова новина']);
}

/** Resolves after `ms`, or as soon as the client goes away (then marks the entry aborted). */
function waitUnlessAborted(ctx, entry, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.res.once('close', () => {
      entry.aborted = !ctx.res.writableFinished;
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Resolves when the hold `key` is released, after HOLD_LIMIT_MS, or when the client goes away;
 * `entry.hold` says which: 'released', 'expired' or 'aborted' (then `entry.aborted` too).
 */
function heldUntilRelease(ctx, entry, key) {
  if (releasedHolds.has(key)) {
    entry.hold = 'released';
    return Promise.resolve();
  }
  if (!heldRequests.has(key)) heldRequests.set(key, new Set());
  const waiting = heldRequests.get(key);
  entry.hold = 'waiting';
  return new Promise((resolve) => {
    const end = (how) => {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      waiting.delete(end);
      if (!waiting.size && heldRequests.get(key) == waiting) heldRequests.delete(key);
      entry.hold = how;
      resolve();
    };
    const onClose = () => {
      entry.aborted = true;
      end('aborted');
    };
    const timer = setTimeout(end, HOLD_LIMIT_MS, 'expired');
    ctx.res.once('close', onClose);
    waiting.add(end);
  });
}

/** Releases the hold `key`: its waiting requests go on, later ones pass at once; returns how many waited. */
function releaseHold(key) {
  releasedHolds.add(key);
  const waiting = [...(heldRequests.get(key) ?? [])];
  waiting.forEach((end) => end('released'));
  return waiting.length;
}

/** Streams `opening`, then `chunk` until 20 MB are sent, then the end of the feed; `entry` logs what was sent and whether the client cancelled. */
function streamHuge(ctx, entry, chunk, opening) {
  entry.sent = 0;
  ctx.res.once('close', () => (entry.aborted = !ctx.res.writableFinished));
  ctx.set('Content-Type', 'application/rss+xml');
  ctx.body = Readable.from(
    (function* () {
      yield `<rss version="2.0"><channel><title>Huge</title>${opening}`;
      for (; entry.sent < 20e6; entry.sent += chunk.length) yield chunk;
      yield `${opening && '</title></item>'}</channel></rss>`;
    })(),
  );
}

const STEPS = {
  ok: (ctx, entry, id) => serveFeed(ctx, id, 1),
  changed: (ctx, entry, id) => serveFeed(ctx, id, 2),
  error(ctx) {
    ctx.status = +(ctx.query.status ?? 500);
    if (ctx.query.retry) ctx.set('Retry-After', ctx.query.retry);
    ctx.body = 'Server error';
  },
  async slow(ctx, entry, id) {
    await waitUnlessAborted(ctx, entry, +(ctx.query.ms ?? 300));
    if (!entry.aborted) return serveFeed(ctx, id, 1);
    ctx.respond = false;
    ctx.status = 408; // for the log only (the client is gone), and no 404 warning from the runner
  },
  // Headers and half a body, then the connection drops: a network error while reading. (A drop
  // before any header would make Chromium silently retry on a fresh connection.)
  cut(ctx) {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': 1000 });
    ctx.res.write('<rss version="2.0"><channel>', () => ctx.res.destroy());
  },
  // A whole answer (200, a feed's type) whose XML breaks off inside the first item: nothing can be read.
  malformed(ctx) {
    ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
    ctx.body = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><item><title>Cut &amp; <b';
  },
  html(ctx) {
    ctx.set('Content-Type', 'text/html; charset=utf-8');
    ctx.body = '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>';
  },
  // 20 MB of items of 16 KB: over a client's limit, what came before it holds complete items.
  huge: (ctx, entry) => streamHuge(ctx, entry, `<item><title>${'x'.repeat(16 * 1024)}</title></item>`, ''),
  // 20 MB inside one item that never ends in time: over the limit, nothing complete to show.
  'huge-item': (ctx, entry) => streamHuge(ctx, entry, 'x'.repeat(16 * 1024), '<item><title>'),
  // A whole answer (200) that ends inside the third item: the first two are complete.
  truncated(ctx) {
    ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
    const item = (n) => `<item><title>Story ${n}</title><link>https://example.com/${n}</link><guid>https://example.com/${n}</guid></item>`;
    ctx.body = `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Cut off</title>${item(1)}${item(2)}<item><title>Story 3 is cut o`;
  },
  'cp1251-declaration'(ctx) {
    ctx.set('Content-Type', 'application/rss+xml');
    ctx.body = encode(rss('Стрічка', UKRAINIAN_TITLES, '<?xml version="1.0" encoding="windows-1251"?>'), 'windows-1251');
  },
  'cp1251-header'(ctx) {
    ctx.set('Content-Type', 'application/rss+xml; charset=windows-1251');
    ctx.body = encode(rss('Стрічка', UKRAINIAN_TITLES, '<?xml version="1.0"?>'), 'windows-1251');
  },
  'koi8r-declaration'(ctx) {
    // Set as is: Koa's ctx.type would add "charset=utf-8" to a text/* type.
    ctx.set('Content-Type', 'text/xml');
    ctx.body = encode(rss('Лента', RUSSIAN_TITLES, '<?xml version="1.0" encoding="KOI8-R"?>'), 'koi8-r');
  },
};

const FILE_TYPES = { '.xml': 'application/rss+xml', '.atom': 'application/atom+xml', '.json': 'application/feed+json' };

async function serveFile(ctx, path) {
  const file = normalize(path);
  if (!/^(demo|test)\//.test(file)) return void (ctx.status = 400);
  ctx.set('Content-Type', `${FILE_TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`);
  ctx.set('Cache-Control', 'no-cache');
  const body = await readFile(file, 'utf8');
  ctx.body = ctx.query.today ? movedToToday(body, ctx.query.today) : body;
}

/**
 * The sample feeds are dated 24 May 2025 in Kyiv summer time (+03:00): rewrite that day (RFC 822
 * and ISO forms) to today in `timeZone`, with that zone's offset today, so a time of day stays
 * the same wall-clock time there.
 */
function movedToToday(text, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date())
      .map(({ type, value }) => [type, value]),
  );
  const offset = parts.timeZoneName.replace('GMT', '') || '+00:00';
  const monthName = new Date(Date.UTC(2000, parts.month - 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return text
    .replaceAll('Sat, 24 May 2025', `${parts.weekday}, ${parts.day} ${monthName} ${parts.year}`)
    .replaceAll('2025-05-24', `${parts.year}-${parts.month}-${parts.day}`)
    .replaceAll('+0300', offset.replace(':', ''))
    .replaceAll('+03:00', offset);
}

export async function feedServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/feeds-test/')) return next();
  if (ctx.path == '/feeds-test/release') {
    ctx.set('Cache-Control', 'no-store');
    return void (ctx.body = { released: releaseHold(String(ctx.query.key ?? '')) });
  }
  const id = String(ctx.query.case ?? '');
  if (!cases.has(id)) cases.set(id, []);
  const log = cases.get(id);
  if (ctx.path == '/feeds-test/log') return void (ctx.body = log);
  const steps = String(ctx.query.steps ?? 'ok').split(',');
  const step = steps[Math.min(log.length, steps.length - 1)];
  const entry = { method: ctx.method, step, status: 0, ifNoneMatch: ctx.get('If-None-Match') || null, url: ctx.query.url ?? null };
  log.push(entry);
  ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.query.hold) {
    await heldUntilRelease(ctx, entry, String(ctx.query.hold));
    if (entry.aborted) {
      ctx.respond = false;
      return void (entry.status = ctx.status = 408); // for the log only: the client is gone
    }
  }
  if (ctx.query.delay) await waitUnlessAborted(ctx, entry, +ctx.query.delay);
  if (step.includes('/')) await serveFile(ctx, step);
  else if (STEPS[step]) await STEPS[step](ctx, entry, id);
  else ctx.status = 400;
  entry.status = ctx.status;
}
