// The Node adapter's answers to requests that cannot become a web Request: JSON errors, not an empty 500.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startProxyServer } from '../../dist/proxy/serve-node.js';

/** Sends `head` (an HTTP/1.0 request line, so the answer comes unchunked) over a raw socket; resolves to the status, headers and JSON body. */
function sendRaw(port, head) {
  return new Promise((answered, failed) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nHost: proxy.test\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', failed);
    socket.on('close', () => {
      const [headers, body = ''] = text.split('\r\n\r\n');
      answered({ status: Number(headers.split(' ')[1]), headers: headers.toLowerCase(), body: body ? JSON.parse(body) : undefined });
    });
  });
}

describe('proxy Node adapter', () => {
  let server;
  let port;
  before(async () => {
    server = await startProxyServer({ port: 0, env: { STRICHKA_PROXY_ALLOW: 'https://news.example', STRICHKA_PROXY_ORIGINS: '*' } });
    port = new URL(server.url).port;
  });
  after(() => server.close());

  it('answers 405 JSON with Allow to TRACE, a method a web Request cannot carry', async () => {
    const answer = await sendRaw(port, 'TRACE /?url=https%3A%2F%2Fnews.example%2Frss HTTP/1.0');
    assert.equal(answer.status, 405);
    assert.match(answer.headers, /\r\nallow: get, head, options\r\n/);
    assert.match(answer.headers, /\r\ncontent-type: application\/json; charset=utf-8\r\n/);
    assert.deepEqual(answer.body, { error: 'method', status: 405, message: 'Only GET, HEAD and OPTIONS' });
  });

  it('answers 400 JSON to a request-target that is no URL', async () => {
    const answer = await sendRaw(port, 'GET http://[bad/?url=x HTTP/1.0');
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body, { error: 'bad-request', status: 400, message: 'Unreadable request-target' });
  });
});
