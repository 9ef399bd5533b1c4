// Deterministic benchmark feeds: the same seed gives byte-identical documents on every run, so
// timings from different runs and machines compare like with like.

const HEADLINES = [
  'Another 307 Ukrainian defenders brought back from Russian captivity – photos, video',
  'Presidential debate in Poland: candidates argue over Zelenskyy and Ukraine',
  'Russian nighttime attack on Kyiv: 15 people injured, buildings and shopping centre damaged',
  'Russia attacks Ukraine with 14 ballistic missiles and 250 drones overnight',
  "Ukraine hands over former Ukrainian MP Medvedchuk's aide to Russia as part of exchange",
  '"Hope of coming home kept us going": Stories of soldiers brought back on first day of POW exchange',
  "Ukraine's Defence Intelligence records 150 executions of soldiers in Russian captivity",
  'Crimea schools renamed en masse to glorify Russian soldiers fighting in Ukraine',
  'Separated by war: Ukrainian soldier reunited with daughter after release from captivity',
  'Russia to send Ukraine ceasefire memorandum "in the coming days"',
  'Kyiv police downs Russian drone in nighttime attack – video',
  "Russians upgrade Iskander-M missiles with radar traps – Ukraine's Air Force",
  "Russian attack on Kyiv undermines peace efforts, says Ukraine's foreign minister",
  '23 May Russian attack on Odesa claims three lives',
  'Ще 307 українських захисників повернулися з російського полону – фото, відео',
  'Нічна атака на Київ: 15 постраждалих, пошкоджені будинки й торговельний центр',
  'Росія вночі атакувала Україну 14 балістичними ракетами та 250 дронами',
  'Зеленський: за два дні обміну «тисяча на тисячу» додому повернулися 697 людей',
  'Синоптики попереджають про грози та шквали на заході України',
  'Уряд продовжив програму «єОселя» для військових і вчителів',
  'В Одесі через ворожу атаку загинули троє людей',
  'Нацбанк залишив облікову ставку на рівні 15,5%',
  'Кличко: у столиці відновили електропостачання після обстрілу',
  'У Харкові відкрили підземну школу на 1000 учнів',
];

const SENTENCES = [
  'President of Ukraine Volodymyr Zelenskyy has announced that another 307 Ukrainian defenders have been brought back from Russian captivity.',
  'The Coordination Headquarters reported that all 307 liberated defenders are men of private and sergeant rank.',
  'Ukrainian troops who have been brought back are servicemen from the Air Assault Forces, Unmanned Systems Forces, Navy & Territorial Defence Forces.',
  'Overall, Ukrainians who fought on the Donetsk, Kherson, Kharkiv, Zaporizhzhia and Luhansk fronts have come back home.',
  'The Russian Defence Ministry said earlier that it had also received 307 Russians.',
  'Ukraine and Russia carried out the first part of the thousand-for-thousand exchange agreement, bringing back 390 people.',
  'Президент України Володимир Зеленський заявив, що з російського полону повернулися ще 307 українських захисників.',
  'У Координаційному штабі повідомили, що всі звільнені захисники – рядовий і сержантський склад.',
  'Серед тих, хто повернувся, – військові ДШВ, Сил безпілотних систем, ВМС, тероборони, ДПСУ та Нацгвардії.',
  'Унаслідок нічної атаки в кількох районах столиці виникли пожежі, постраждали 15 людей.',
  'Рятувальники працювали на місцях влучань до ранку; інформація про наслідки уточнюється.',
  'Повітряні сили повідомили, що більшість ракет і дронів вдалося збити над територією України.',
];

const TAGS = [
  'prisoners', 'exchange', 'Zelenskyy', 'Kyiv', 'Odesa', 'drones', 'missiles', 'economy',
  'полонені', 'обмін', 'Зеленський', 'Київ', 'обстріли', 'економіка', 'погода', 'освіта',
];

const AUTHORS = ['Roman Petrenko', 'Olha Kyrylenko', 'Mariia Yemets', 'Анастасія Дубова', 'Ірина Балачук', 'Сергій Сидоренко'];

const SITE = 'https://news.example.com';
const START = Date.UTC(2025, 4, 24, 13, 53);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A seeded pseudo-random source (mulberry32) with the few draws the generators need. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const pickSome = (list, min, max) => [...new Set(Array.from({ length: int(min, max) }, () => pick(list)))];
  return { int, pick, pickSome };
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** RFC 822 date in Kyiv summer time, as RSS feeds write it. */
function rfc822(ms) {
  const d = new Date(ms + 3 * 3600e3);
  const pad = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00 +0300`;
}

/** One article's content shared by both formats, newest first. */
function article(random, index) {
  const id = 7513600 - index;
  const published = START - index * 17 * 60e3;
  const paragraphs = random.pickSome(SENTENCES, 2, 2);
  return {
    id,
    title: random.pick(HEADLINES),
    url: `${SITE}/news/2025/05/24/${id}/`,
    published,
    authors: random.pickSome(AUTHORS, 1, 2),
    tags: random.pickSome(TAGS, 2, 3),
    summary: paragraphs[0],
    html: paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n'),
    image: `${SITE}/images/2025/05/24/${id}-${random.int(100, 999)}.jpg`,
  };
}

/**
 * An article's HTML as publishers' feeds carry it, from its own seed so the light documents stay as
 * they were: a summary of a few hundred bytes (emphasis, a link, entities) and a body of ~1 KB (a
 * figure, paragraphs with links, a quote, a list).
 */
function richHtml(random, a) {
  const link = (text) => `<a href="${SITE}/tags/${encodeURIComponent(random.pick(TAGS))}/" rel="tag">${escapeXml(text)}</a>`;
  const [first, ...rest] = Array.from({ length: 4 }, () => escapeXml(random.pick(SENTENCES)));
  const tag = random.pick(TAGS);
  const summary = `<p><strong>${escapeXml(a.title)}</strong> &#8211; ${first}</p>\n<p>${link(tag)}&nbsp;&middot; ${rest[0]}</p>`;
  const body = [
    `<figure class="wp-block-image"><img src="${a.image}" alt="${escapeXml(a.title)}" width="1200" height="800" loading="lazy" decoding="async"/>`,
    `<figcaption>Photo: ${escapeXml(random.pick(AUTHORS))} &copy; ${SITE.replace('https://', '')}</figcaption></figure>`,
    `<p>${first} ${link(rest[0].split(' ').slice(0, 3).join(' '))} ${rest[0]}</p>`,
    `<blockquote class="quote"><p>&laquo;${rest[1]}&raquo;</p></blockquote>`,
    `<ul>${rest.map((sentence) => `<li>${sentence.split(' ').slice(0, 6).join(' ')}&hellip;</li>`).join('')}</ul>`,
    `<p><em>Read more:</em> ${link(random.pick(HEADLINES))}</p>`,
  ].join('\n');
  return { summary, body };
}

/** `count` articles after the `skip` newest: a smaller `skip` is a later version of the same feed. */
function articles(seed, count, skip = 0) {
  const random = seededRandom(seed);
  return Array.from({ length: skip + count }, (_, index) => article(random, index)).slice(skip);
}

/**
 * A 1000-item RSS 2.0 document with CDATA, categories, media:*, content:encoded and dc:creator.
 * `skip` leaves out the newest items: `{ skip: 2 }` is the version before the one with 2 new items.
 */
export function generateRss({ seed = 2025, count = 1000, skip = 0, rich = false } = {}) {
  const richRandom = seededRandom(seed + 1);
  const items = articles(seed, count, skip).map((a) => {
    const html = rich ? richHtml(richRandom, a) : { summary: `<p>${a.summary}</p>`, body: a.html };
    return `<item>
<title><![CDATA[${a.title}]]></title>
<link>${a.url}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">news-${a.id}</guid>
<pubDate>${rfc822(a.published)}</pubDate>
${a.authors.map((name) => `<dc:creator><![CDATA[${name}]]></dc:creator>`).join('\n')}
${a.tags.map((tag) => `<category><![CDATA[${tag}]]></category>`).join('\n')}
<description><![CDATA[${html.summary}]]></description>
<content:encoded><![CDATA[${html.body}]]></content:encoded>
<media:content url="${a.image}" type="image/jpeg" medium="image" width="1200" height="800"/>
<media:thumbnail url="${a.image.replace('.jpg', '-300x200.jpg')}" width="300" height="200"/>
</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Strichka bench – News</title>
<link>${SITE}/</link>
<atom:link href="${SITE}/rss/" rel="self" type="application/rss+xml"/>
<description>Latest news from Ukraine</description>
<language>uk</language>
<lastBuildDate>${rfc822(START)}</lastBuildDate>
${items.join('\n')}
</channel>
</rss>
`;
}

/** A 1000-item Atom 1.0 document with summary, html content, categories, authors and links. */
export function generateAtom({ seed = 2026, count = 1000, rich = false } = {}) {
  const richRandom = seededRandom(seed + 1);
  const entries = articles(seed, count).map((a) => {
    const iso = new Date(a.published).toISOString();
    const html = rich && richHtml(richRandom, a);
    const summary = html ? `<summary type="html">${escapeXml(html.summary)}</summary>` : `<summary type="text">${escapeXml(a.summary)}</summary>`;
    return `<entry>
<id>tag:news.example.com,2025:${a.id}</id>
<title type="text">${escapeXml(a.title)}</title>
<link rel="alternate" type="text/html" href="${a.url}"/>
<link rel="enclosure" type="image/jpeg" length="${120000 + a.id % 50000}" href="${a.image}"/>
<published>${iso}</published>
<updated>${iso}</updated>
${a.authors.map((name) => `<author><name>${name}</name><uri>${SITE}/authors/${a.id % 97}/</uri></author>`).join('\n')}
${a.tags.map((tag) => `<category term="${tag}" label="${tag}"/>`).join('\n')}
${summary}
<content type="html">${escapeXml(html ? html.body : a.html)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
<title>Strichka bench – News</title>
<id>${SITE}/</id>
<link rel="alternate" type="text/html" href="${SITE}/"/>
<link rel="self" type="application/atom+xml" href="${SITE}/atom/"/>
<updated>${new Date(START).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
