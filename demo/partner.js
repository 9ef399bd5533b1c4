// The partner page's wiring. The publisher (`npm start`, http://127.0.0.1:8080) and the proxy
// (`npm run proxy`, http://127.0.0.1:8787) default to their usual addresses; ?publisher=<origin> and
// ?proxy=<origin> point elsewhere. The tickers get their src (and the list its proxy) before the
// element is defined, so each fetches once, through the proxy.
const params = new URLSearchParams(location.search);
const publisher = params.get('publisher') ?? 'http://127.0.0.1:8080';
const proxy = params.get('proxy') ?? 'http://127.0.0.1:8787';

document.querySelector('meta[name="strichka:proxy"]').content = `${proxy}/?url={url}`;
for (const ticker of document.querySelectorAll('strichka-ticker[data-feed]')) {
  ticker.setAttribute('src', `${publisher}/demo/feeds/${ticker.dataset.feed}`);
  if (ticker.dataset.format) ticker.setAttribute('proxy', `${proxy}/?format=${ticker.dataset.format}&url={url}`);
  ticker.addEventListener('strichka-error', () => (document.getElementById('proxy-status').hidden = false));
}
document.getElementById('page-origin').textContent = location.origin;
document.getElementById('publisher-origin').textContent = publisher;
document.getElementById('proxy-origin').textContent = proxy;

await import('../dist/cdn/ticker.js');
