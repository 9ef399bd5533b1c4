// `npm run partner`: the partner demo's two servers in one process, beside `npm start` (the
// publisher, http://127.0.0.1:8080, whose demo server sends no CORS headers):
// - the feed proxy (dist/proxy/serve-node.js) on http://127.0.0.1:8787, allowed to fetch from the
//   publisher and to answer the partner page (STRICHKA_PROXY_ALLOW / _ORIGINS override that);
// - the partner's own origin on http://127.0.0.1:8081, serving demo/partner.html.
// See docs/proxy.md.
import { startProxyServer } from '../dist/proxy/serve-node.js';
import { startStaticServer } from './static-server.mjs';

const host = '127.0.0.1';
const partnerPort = Number(process.env.PARTNER_PORT ?? 8081);
const proxyPort = Number(process.env.PROXY_PORT ?? 8787);
const publisher = process.env.PUBLISHER ?? 'http://127.0.0.1:8080';
const partnerOrigin = `http://${host}:${partnerPort}`;

try {
  const proxy = await startProxyServer({
    port: proxyPort,
    host,
    env: { STRICHKA_PROXY_ALLOW: publisher, STRICHKA_PROXY_ORIGINS: partnerOrigin, ...process.env },
  });
  const partner = await startStaticServer({ root: '.', port: partnerPort, host, index: '/demo/partner.html' });
  const query = publisher == 'http://127.0.0.1:8080' && proxyPort == 8787 ? '' : `?publisher=${publisher}&proxy=${proxy.url}`;
  console.log(`Strichka partner demo: ${partner.url}/demo/partner.html${query}  (Ctrl+C to stop)`);
  console.log(`  the publisher's feeds come from ${publisher} (run \`npm start\` too) through the proxy at ${proxy.url}`);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`A port is in use: PARTNER_PORT=8082 PROXY_PORT=8788 npm run partner`);
  process.exit(1);
}
