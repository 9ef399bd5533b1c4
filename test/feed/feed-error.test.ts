import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/feed-error.js';

describe('FeedError', () => {
  it('carries a code and an HTTP status a program can branch on', () => {
    const error = new FeedError('http', 'HTTP 503', 503);
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(503);
  });

});
