import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { StrichkaSupportBanner } from '../../../src/support-banner.js';
import { clearSupportRecords, storedRecord } from './support-test-page.js';

const PAGE = new URL('./reload-page.html', import.meta.url).href;

/** The banner of the page in `frame`, once its module has defined it and it has rendered. */
async function frameBanner(frame: HTMLIFrameElement): Promise<StrichkaSupportBanner> {
  await waitUntil(() => frame.contentWindow?.customElements.get('strichka-support-banner'), 'the banner is defined', { timeout: 10000 });
  const banner = frame.contentDocument!.querySelector('strichka-support-banner')!;
  await banner.updateComplete;
  return banner;
}

describe('support banner: across real page reloads', () => {
  let frame: HTMLIFrameElement;

  beforeEach(async () => {
    clearSupportRecords();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 400px';
    const loaded = oneEvent(frame, 'load');
    frame.src = PAGE;
    document.body.append(frame);
    await loaded;
  });

  afterEach(() => {
    frame.remove();
    clearSupportRecords();
  });

  it('counts one view a page load and stays dismissed after a reload, leaving its link', async () => {
    const banner = await frameBanner(frame);
    expect(banner.state).to.equal('shown');
    expect(storedRecord('reload-test')).to.include({ views: 1 });
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=close]')!.click();
    await banner.updateComplete;
    expect(banner.state).to.equal('link');

    const reloaded = oneEvent(frame, 'load');
    frame.contentWindow!.location.reload();
    await reloaded;
    const again = await frameBanner(frame);
    expect(again).to.not.equal(banner);
    expect(again.state).to.equal('link');
    expect(again.shadowRoot!.querySelector('[part=banner]')).to.be.null;
    expect(again.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!.href).to.equal('https://example.com/support');
    expect(storedRecord('reload-test')).to.include({ views: 2 });
  });

  it('shows again on a reload when it was not dismissed', async () => {
    expect((await frameBanner(frame)).state).to.equal('shown');
    const reloaded = oneEvent(frame, 'load');
    frame.contentWindow!.location.reload();
    await reloaded;
    expect((await frameBanner(frame)).state).to.equal('shown');
    expect((storedRecord('reload-test')!.shown as number[]).length).to.equal(2);
  });
});
