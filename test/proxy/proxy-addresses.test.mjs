// Which feeds the proxy fetches: `*` covers public hosts only, a named origin even on loopback, and
// every redirect is checked again. The Node adapter also checks where a name resolves.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startProxyServer } from '../../dist/proxy/serve-node.js';
import { ask, errorOf, feedRoute, startUpstream, testEnv } from './proxy-fixtures.mjs';

const redirect = (location) => (request, response) => response.writeHead(302, { Location: location }).end();

describe('proxy addresses', () => {
  let upstream;
  before(async () => {
    upstream = await startUpstream({
      '/rss': feedRoute(),
      '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
      '/to-other': redirect('https://news.example/rss'),
      '/to-ftp': redirect('ftp://example.com/rss'),
      '/hop1': redirect('/hop2'),
      '/hop2': redirect('/hop3'),
      '/hop3': redirect('/rss'),
      '/loop0': redirect('/loop1'),
      '/loop1': redirect('/loop2'),
      '/loop2': redirect('/loop3'),
      '/loop3': redirect('/rss'),
    });
  });
  after(() => upstream.close());

  it('does not let * cover loopback, private, link-local, metadata or local names', async () => {
    const env = { STRICHKA_PROXY_ALLOW: '*' };
    const port = new URL(upstream.origin).port;
    const local = [
      `http://127.0.0.1:${port}/rss`,
      `http://localhost:${port}/rss`,
      `http://LOCALHOST./rss`,
      'http://feeds.localhost/rss',
      'http://10.1.2.3/rss',
      'http://172.20.0.1/rss',
      'http://192.168.1.1/rss',
      'http://100.64.0.1/rss',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/rss',
      // other spellings of 127.0.0.1 the URL parser normalises
      'http://2130706433/rss',
      'http://0x7f.1/rss',
      `http://[::1]:${port}/rss`,
      'http://[fc00::1]/rss',
      'http://[fd12:3456::1]/rss',
      'http://[fe80::1]/rss',
      'http://[::ffff:127.0.0.1]/rss',
      'http://[::ffff:a9fe:a9fe]/rss',
      'http://[2002:a00:1::]/rss',
      'http://[::]/rss',
      'http://intranet/rss',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://printer.local/rss',
      'http://localhost.localdomain/rss',
      // trailing dots, any number of them
      'http://localhost../rss',
      'http://vm../rss',
      'http://10.0.0.1../rss',
    ];
    for (const url of local) {
      const response = await ask(url, env);
      assert.equal(response.status, 403, url);
      assert.equal(await errorOf(response), 'not-allowed', url);
    }
    assert.equal(upstream.count('/rss'), 0);
  });

  it('fetches from a loopback origin named in the allowlist', async () => {
    const response = await ask(`${upstream.origin}/rss`, { STRICHKA_PROXY_ALLOW: `https://news.example, ${upstream.origin}/ignored/path` });
    assert.equal(response.status, 200);
  });

  it('refuses a feed URL with credentials, even on an allowed origin', async () => {
    const response = await ask(`${upstream.origin.replace('//', '//user:secret@')}/rss`, testEnv(upstream.origin));
    assert.equal(response.status, 403);
    assert.equal(upstream.requests.some((entry) => entry.headers.authorization), false);
  });

  it('checks every redirect: 403 for a disallowed origin, a local address under * or another scheme', async () => {
    const env = testEnv(upstream.origin);
    for (const path of ['/to-metadata', '/to-other', '/to-ftp']) {
      const response = await ask(`${upstream.origin}${path}`, env);
      assert.equal(response.status, 403, path);
      assert.equal(await errorOf(response), 'not-allowed', path);
    }
    const starred = await ask(`${upstream.origin}/to-metadata`, { STRICHKA_PROXY_ALLOW: `*, ${upstream.origin}` });
    assert.equal(starred.status, 403);
  });

  it('follows up to 3 redirects and answers 502 for a fourth', async () => {
    const env = testEnv(upstream.origin);
    const three = await ask(`${upstream.origin}/hop1`, env);
    assert.equal(three.status, 200);
    const four = await ask(`${upstream.origin}/loop0`, env);
    assert.equal(four.status, 502);
    assert.equal(await errorOf(four), 'redirects');
    assert.equal(upstream.count('/loop3'), 1);
  });

  it('on Node, refuses under * a name that resolves to a local address', async () => {
    const resolved = [];
    const server = await startProxyServer({
      port: 0,
      env: { STRICHKA_PROXY_ALLOW: '*', STRICHKA_PROXY_TIMEOUT_MS: '50' },
      // a resolver with a fixed answer, standing in for a DNS name that points into the network
      resolve: async (host) => (resolved.push(host), host == 'intranet.example' ? ['93.184.216.34', '10.0.0.7'] : ['203.0.114.1']),
    });
    try {
      const inside = await fetch(`${server.url}/?url=${encodeURIComponent('http://intranet.example/rss')}`);
      assert.equal(inside.status, 403);
      assert.equal(await errorOf(inside), 'not-allowed');
      // a name .example never resolves for the fetch itself: past the allowlist it fails at the network
      const outside = await fetch(`${server.url}/?url=${encodeURIComponent('http://public.example/rss')}`);
      assert.notEqual(outside.status, 403);
      assert.deepEqual(resolved, ['intranet.example', 'public.example']);
    } finally {
      await server.close();
    }
  });

  it('on Node, resolves a name once per upstream fetch, not once per request', async () => {
    const resolved = [];
    const env = { STRICHKA_PROXY_ALLOW: '*', STRICHKA_PROXY_TIMEOUT_MS: '500' };
    // a slow lookup, so that all five arrive while the one fetch is in flight
    const resolve = async (host) => (resolved.push(host), await new Promise((wait) => setTimeout(wait, 100)), ['203.0.114.1']);
    const server = await startProxyServer({ port: 0, env, resolve });
    try {
      // five readers at once share one upstream fetch, and so one lookup
      const url = `${server.url}/?url=${encodeURIComponent('http://feeds.public.example/rss')}`;
      await Promise.all(Array.from({ length: 5 }, () => fetch(url).then((response) => response.arrayBuffer())));
      assert.deepEqual(resolved, ['feeds.public.example']);
    } finally {
      await server.close();
    }
  });

  it('on Deno, refuses under * a name that Deno.resolveDns resolves to a local address', async () => {
    const asked = [];
    // Deno's own API, standing in for a DNS name that points into the network (127.0.0.1.nip.io)
    globalThis.Deno = {
      env: { get: () => undefined },
      resolveDns: async (host, type) => {
        asked.push(`${host} ${type}`);
        if (type == 'AAAA') throw new Error('NotFound');
        return host == '127.0.0.1.nip.io' ? ['127.0.0.1'] : ['203.0.114.1'];
      },
    };
    try {
      const env = { STRICHKA_PROXY_ALLOW: '*', STRICHKA_PROXY_TIMEOUT_MS: '1' };
      const inside = await ask('http://127.0.0.1.nip.io/rss', env);
      assert.equal(inside.status, 403);
      assert.equal(await errorOf(inside), 'not-allowed');
      assert.notEqual((await ask('http://public.example/rss', env)).status, 403);
      assert.deepEqual(asked.sort(), ['127.0.0.1.nip.io A', '127.0.0.1.nip.io AAAA', 'public.example A', 'public.example AAAA']);
    } finally {
      delete globalThis.Deno;
    }
  });

  it('runs as `node dist/proxy/serve-node.js`, printing its URL and proxying with the process environment', async () => {
    const child = spawn(process.execPath, ['dist/proxy/serve-node.js'], {
      env: { ...process.env, PORT: '0', STRICHKA_PROXY_ALLOW: upstream.origin, STRICHKA_PROXY_ORIGINS: '*' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise((found, failed) => {
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /Strichka proxy: (http:\/\/127\.0\.0\.1:\d+)\/\?url=\{url\}/.exec(output);
          if (match) found(match[1]);
        });
        child.once('exit', () => failed(new Error(`exited: ${output}`)));
      });
      const response = await fetch(`${url}/?url=${encodeURIComponent(`${upstream.origin}/rss`)}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(await response.text(), /<rss/);
    } finally {
      child.kill();
    }
  });
});
