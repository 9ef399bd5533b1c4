import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../commands.js';
import type { StrichkaSupportBanner } from '../../../src/support-banner.js';
import { expectAccessible } from '../../axe.js';
import { clearSupportRecords, DAY, newPageLoad, part, renderBanner, restoreClock, storedRecord } from './support-test-page.js';

const HREF = 'https://ko-fi.com/example';
const T0 = Date.UTC(2025, 4, 24, 9);

/** A new page load at `now` that renders one banner as `template`: what it shows (the banner is removed then, as by leaving the page). */
async function visit(now: number, template = html`<strichka-support-banner href=${HREF}></strichka-support-banner>`): Promise<StrichkaSupportBanner['state']> {
  newPageLoad(now);
  const banner = await renderBanner(template);
  const { state } = banner;
  banner.remove();
  return state;
}

describe('support banner: caps and expiry', () => {
  beforeEach(clearSupportRecords);
  afterEach(restoreClock);

  it('stays closed for dismiss-days, then shows again', async () => {
    newPageLoad(T0);
    const banner = await renderBanner(html`<strichka-support-banner dismiss-days="3"></strichka-support-banner>`);
    part(banner, 'close')!.click();
    // Stored after the paint that shows it closed.
    await waitUntil(() => storedRecord()?.dismissed == T0, 'the dismissal was not stored');
    expect(await visit(T0 + 2.9 * DAY)).to.equal('hidden');
    expect(await visit(T0 + 3 * DAY, html`<strichka-support-banner dismiss-days="3"></strichka-support-banner>`)).to.equal('shown');
  });

  it('stays away for supported-days after a click on the call to action', async () => {
    newPageLoad(T0);
    const banner = await renderBanner(html`<strichka-support-banner href=${HREF} supported-days="30"></strichka-support-banner>`);
    const clicked = oneEvent(banner, 'strichka-support-click');
    const action = part<HTMLAnchorElement>(banner, 'action')!;
    // Cancelled by the test, as a publisher may do: no navigation away from the test page.
    banner.addEventListener('strichka-support-click', (event) => event.preventDefault(), { once: true });
    action.click();
    expect((await clicked).detail).to.deep.equal({ campaign: 'default', href: HREF });
    expect(storedRecord()).to.include({ supported: T0 });
    expect(await visit(T0 + 29 * DAY, html`<strichka-support-banner href=${HREF} supported-days="30"></strichka-support-banner>`)).to.equal('hidden');
    expect(await visit(T0 + 30 * DAY, html`<strichka-support-banner href=${HREF} supported-days="30"></strichka-support-banner>`)).to.equal('shown');
  });

  it('counts page views, not connections, before show-after is reached', async () => {
    const template = html`<strichka-support-banner show-after="2"></strichka-support-banner>`;
    expect(await visit(T0, template)).to.equal('hidden');
    // The same page load again: no new page view.
    expect((await renderBanner(template)).state).to.equal('hidden');
    expect(storedRecord()).to.include({ views: 1 });
    expect(await visit(T0 + 1000, template)).to.equal('hidden');
    expect(await visit(T0 + 2000, template)).to.equal('shown');
    expect(storedRecord()).to.include({ views: 3 });
  });

  it('shows at most max-views times per period-days', async () => {
    const template = html`<strichka-support-banner max-views="2" period-days="1"></strichka-support-banner>`;
    const states = [];
    for (const hours of [0, 1, 2, 23, 25]) states.push(await visit(T0 + hours * 3600e3, template));
    expect(states).to.deep.equal(['shown', 'shown', 'hidden', 'hidden', 'shown']);
  });

  it('shows only between start and end', async () => {
    const template = html`<strichka-support-banner start="2025-06-01" end="2025-06-30"></strichka-support-banner>`;
    expect(await visit(new Date(2025, 4, 31, 23).getTime(), template)).to.equal('hidden');
    expect(await visit(new Date(2025, 5, 1, 0).getTime(), template)).to.equal('shown');
    expect(await visit(new Date(2025, 5, 30, 23).getTime(), template)).to.equal('shown');
    expect(await visit(new Date(2025, 6, 1, 0).getTime(), template)).to.equal('hidden');
  });

  it('keys records by id, else utm-campaign, else default', async () => {
    newPageLoad(T0);
    await renderBanner(html`<strichka-support-banner id="a"></strichka-support-banner><strichka-support-banner utm-campaign="b"></strichka-support-banner>`);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('strichka:support:')).sort()).to.deep.equal(['strichka:support:a', 'strichka:support:b']);
  });
});

describe('support banner: closing', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad(T0);
  });
  afterEach(restoreClock);

  it('closes on Esc, fires strichka-support-dismiss and returns focus where it was', async () => {
    const banner = await renderBanner(html`<button id="before">Before</button><strichka-support-banner href=${HREF}></strichka-support-banner>`);
    const before = banner.parentElement!.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(banner.shadowRoot!.activeElement).to.equal(part(banner, 'action'));
    const dismissed = oneEvent(banner, 'strichka-support-dismiss');
    await sendKeys({ press: 'Escape' });
    expect((await dismissed).detail).to.deep.equal({ campaign: 'default', reason: 'escape' });
    expect(banner.state).to.equal('hidden');
    expect(getComputedStyle(banner).display, 'hidden at once').to.equal('none');
    // Its content goes after the next paint, then focus returns.
    await waitUntil(() => document.activeElement == before, 'focus did not return');
    expect(part(banner, 'banner')).to.equal(null);
  });

  it('closes from the keyboard: Tab from the call to action to the close button, then Enter or Space', async () => {
    for (const key of ['Enter', 'Space']) {
      clearSupportRecords();
      const banner = await renderBanner(html`<strichka-support-banner href=${HREF}></strichka-support-banner>`);
      part(banner, 'action')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(banner.shadowRoot!.activeElement, key).to.equal(part(banner, 'close'));
      const dismissed = oneEvent(banner, 'strichka-support-dismiss');
      await sendKeys({ press: key });
      expect((await dismissed).detail, key).to.deep.equal({ campaign: 'default', reason: 'close' });
      await banner.updateComplete;
      expect(banner.state, key).to.equal('hidden');
      await waitUntil(() => storedRecord()?.dismissed, `${key}: the dismissal was not stored`);
    }
  });

  it('leaves Esc alone when another handler has used it', async () => {
    const banner = await renderBanner(html`<input /><strichka-support-banner></strichka-support-banner>`);
    const input = banner.parentElement!.querySelector('input')!;
    input.addEventListener('keydown', (event) => event.preventDefault());
    input.focus();
    await sendKeys({ press: 'Escape' });
    expect(banner.state).to.equal('shown');
  });

  it('leaves a link after dismissal that gets the focus, is accessible and stays after a reload', async () => {
    const template = html`<strichka-support-banner after-dismiss="link" href=${HREF} utm-source="site"></strichka-support-banner>`;
    const banner = await renderBanner(template);
    part(banner, 'close')!.focus();
    const dismissed = oneEvent(banner, 'strichka-support-dismiss');
    part(banner, 'close')!.click();
    expect((await dismissed).detail.reason).to.equal('close');
    // The banner hides at once; the link comes after the next paint.
    await waitUntil(() => part(banner, 'link'), 'no link');
    const link = part<HTMLAnchorElement>(banner, 'link')!;
    expect(banner.state).to.equal('link');
    expect(link.textContent).to.equal('Support us');
    expect(link.href).to.equal(`${HREF}?utm_source=site`);
    expect(banner.shadowRoot!.activeElement).to.equal(link);
    await expectAccessible(banner);
    expect(await visit(T0 + DAY, template)).to.equal('link');
    expect(await visit(T0 + 8 * DAY, template)).to.equal('shown');
  });

  it('leaves Esc to the page when focus is elsewhere on it: the banner stays, the key is not used', async () => {
    const banner = await renderBanner(html`<input /><strichka-support-banner></strichka-support-banner>`);
    const input = banner.parentElement!.querySelector('input')!;
    input.focus();
    const key = oneEvent(input, 'keydown');
    await sendKeys({ press: 'Escape' });
    expect((await key).defaultPrevented).to.be.false;
    await banner.updateComplete;
    expect(banner.state).to.equal('shown');
    expect(storedRecord()).not.to.have.property('dismissed');
    expect(document.activeElement).to.equal(input);
  });

  it('leaves Esc to a modal dialog with focus inside it: the dialog closes, the banner stays', async () => {
    const banner = await renderBanner(html`<dialog><button>OK</button></dialog><strichka-support-banner></strichka-support-banner>`);
    const dialog = banner.parentElement!.querySelector('dialog')!;
    dialog.showModal();
    expect(document.activeElement).to.equal(dialog.querySelector('button'));
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(dialog.open).to.be.false;
    expect(banner.state).to.equal('shown');
    expect(storedRecord()).not.to.have.property('dismissed');
  });

  it('closes on Esc when nothing on the page has focus', async () => {
    const banner = await renderBanner(html`<input /><strichka-support-banner></strichka-support-banner>`);
    banner.parentElement!.querySelector('input')!.focus();
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).to.equal(document.body);
    const dismissed = oneEvent(banner, 'strichka-support-dismiss');
    await sendKeys({ press: 'Escape' });
    expect((await dismissed).detail.reason).to.equal('escape');
    await banner.updateComplete;
    expect(banner.state).to.equal('hidden');
    await waitUntil(() => storedRecord()?.dismissed == T0, 'the dismissal was not stored');
  });

  it('stays on Esc with nothing focused while a modal dialog or a popover is open: that closes instead', async () => {
    const banner = await renderBanner(html`<dialog>Text only</dialog><div popover>Menu</div><strichka-support-banner></strichka-support-banner>`);
    const dialog = banner.parentElement!.querySelector('dialog')!;
    const popover = banner.parentElement!.querySelector<HTMLElement>('[popover]')!;
    dialog.showModal();
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.be.false;
    popover.showPopover();
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(popover.matches(':popover-open')).to.be.false;
    expect(banner.state).to.equal('shown');
  });

  it('stays on Esc with nothing focused when it is inert', async () => {
    const banner = await renderBanner(html`<div inert><strichka-support-banner></strichka-support-banner></div>`);
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(banner.state).to.equal('shown');
    banner.parentElement!.inert = false;
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(banner.state).to.equal('hidden');
  });
});
