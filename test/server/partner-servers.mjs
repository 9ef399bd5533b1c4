// Two more origins for the partner-page tests: a feed origin that serves demo/feeds/ with NO CORS
// headers (a browser refuses its answers to other pages), and the feed proxy
// (dist/proxy/serve-node.js: `npm run build` first) allowing that feed origin for the test pages.
// GET /partner-servers on the test server starts them (once) and answers { feed, proxy }: their base URLs.
import { startStaticServer } from '../../scripts/static-server.mjs';

/** Starts the feed origin and a proxy that lets pages on `port` (localhost or 127.0.0.1) read it. */
async function startPartnerServers(port) {
  const feed = await startStaticServer({ root: 'demo/feeds' });
  try {
    const { startProxyServer } = await import('../../dist/proxy/serve-node.js').catch((error) => {
      throw new Error(`dist/proxy/serve-node.js is missing: run npm run build (${error.message})`);
    });
    const pages = ['localhost', '127.0.0.1'].map((host) => `http://${host}:${port}`).join(',');
    const proxy = await startProxyServer({ port: 0, env: { STRICHKA_PROXY_ALLOW: feed.url, STRICHKA_PROXY_ORIGINS: pages } });
    return { feed, proxy };
  } catch (error) {
    await feed.close();
    throw error;
  }
}

/** The web-test-runner plugin that serves /partner-servers and stops both servers with the test server. */
export function partnerServersPlugin() {
  let started;
  return {
    name: 'strichka-partner-servers',
    async serve(context) {
      if (context.path != '/partner-servers') return undefined;
      // the test server's own port is known for sure only once a page asks
      started ??= startPartnerServers(new URL(context.origin).port);
      const { feed, proxy } = await started;
      return { body: JSON.stringify({ feed: feed.url, proxy: proxy.url }), type: 'json' };
    },
    async serverStop() {
      const servers = await started?.catch(() => undefined);
      await Promise.all([servers?.feed.close(), servers?.proxy.close()]);
    },
  };
}
