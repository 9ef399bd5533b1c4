import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './axe.js';

/** Two buttons side by side, `size` CSS px square, touching: no spacing exception. */
const buttons = (size: number) =>
  fixture(html`<div style="display: flex">
    <button aria-label="Previous" style="inline-size: ${size}px; block-size: ${size}px; padding: 0; border: 0"></button>
    <button aria-label="Next" style="inline-size: ${size}px; block-size: ${size}px; padding: 0; border: 0"></button>
  </div>`);

describe('expectAccessible', () => {
  it('fails targets smaller than 24 × 24 px, which axe leaves unchecked by default', async () => {
    const small = await buttons(16);
    const failure = await expectAccessible(small).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).to.contain('Rule: target-size');
    // The same markup passes axe's defaults, also right after the helper: it restores them.
    await expect(small).to.be.accessible();
  });

  it('passes the same targets at 24 × 24 px', async () => {
    await expectAccessible(await buttons(24));
  });

  it('checks level AA, not AAA: 4.6:1 text contrast passes', async () => {
    const text = await fixture(html`<p style="color: #767676; background: #fff">Grey text, AA but not AAA</p>`);
    await expectAccessible(text);
  });
});
