import { expect } from '@open-wc/testing';
import { nextPollDelay } from '../../src/feed/poll-delay.js';

const MINUTE = 60e3;
const HOUR = 60 * MINUTE;

describe('nextPollDelay', () => {
  it('waits the refresh interval with ±10 % jitter', () => {
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, random: 0.5 })).to.equal(5 * MINUTE);
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, random: 0 })).to.equal(4.5 * MINUTE);
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, random: 0.999999 })).to.be.closeTo(5.5 * MINUTE, 1);
  });

  it('jitters with Math.random by default, inside the ±10 % band', () => {
    const delays = Array.from({ length: 50 }, () => nextPollDelay({ refreshMs: 1000 }));
    for (const delay of delays) expect(delay).to.be.within(900, 1100);
    expect(new Set(delays).size).to.be.greaterThan(1);
  });

  it('doubles per failure in a row up to an hour', () => {
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, failures: 1, random: 0.5 })).to.equal(10 * MINUTE);
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, failures: 3, random: 0.5 })).to.equal(40 * MINUTE);
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, failures: 4, random: 0.5 })).to.equal(HOUR);
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, failures: 40, random: 0 })).to.equal(0.9 * HOUR);
  });

  it('never backs off below the refresh interval when that is over an hour', () => {
    expect(nextPollDelay({ refreshMs: 2 * HOUR, failures: 3, random: 0.5 })).to.equal(2 * HOUR);
  });

  it('honours Retry-After in seconds', () => {
    expect(nextPollDelay({ refreshMs: 1000, failures: 1, retryAfter: '120', random: 0 })).to.equal(120e3);
    // A Retry-After shorter than the backoff does not make the poll sooner.
    expect(nextPollDelay({ refreshMs: 5 * MINUTE, failures: 1, retryAfter: '1', random: 0.5 })).to.equal(10 * MINUTE);
  });

  it('spreads readers told the same Retry-After over up to a fifth more, never sooner', () => {
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: '120', random: 0.5 })).to.equal(132e3);
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: '120', random: 0.999999 })).to.be.closeTo(144e3, 1);
    const delays = Array.from({ length: 50 }, () => nextPollDelay({ refreshMs: 1000, retryAfter: '120' }));
    expect(Math.min(...delays)).to.be.at.least(120e3);
    expect(new Set(delays).size).to.be.greaterThan(40);
  });

  it('honours Retry-After as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: 'Wed, 21 Oct 2026 07:58:00 GMT', now, random: 0 })).to.equal(30 * MINUTE);
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: 'Wed, 21 Oct 2026 07:00:00 GMT', now, random: 0.5 })).to.equal(1000);
  });

  it('ignores an unreadable Retry-After', () => {
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: 'soon', random: 0.5 })).to.equal(1000);
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: '', random: 0.5 })).to.equal(1000);
  });

  it('never waits more than a day, so a timer cannot overflow', () => {
    expect(nextPollDelay({ refreshMs: 1000, retryAfter: String(365 * 86400), random: 0.5 })).to.equal(24 * HOUR);
    expect(nextPollDelay({ refreshMs: Infinity, random: 0.5 })).to.equal(24 * HOUR);
  });
});
