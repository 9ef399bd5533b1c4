import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { announced, feedUrl, rowsShown, shadow } from './ticker-test-feed.js';

// A file of its own: it waits some seconds, while the runner's other page goes on with other files.
describe('<strichka-ticker> announcement', () => {
  beforeEach(() => localStorage.clear());

  it('empties the announcement some seconds later, in the same live region, and announces the next news again', async () => {
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker lang="en" src=${feedUrl('v1,v2,partner')}></strichka-ticker>`);
    await rowsShown(el);
    const status = shadow(el).querySelector('[role=status]');
    await el.reload();
    await el.updateComplete;
    expect(announced(el)).to.equal('2 new stories');
    // Read out by now: a reader browsing the element later does not meet it after the list.
    await waitUntil(() => announced(el) == '', 'the announcement was not emptied', { timeout: 12000 });
    expect(shadow(el).querySelector('[role=status]')).to.equal(status);
    await el.reload();
    await el.updateComplete;
    expect(announced(el)).to.equal('4 new stories');
  });
});
