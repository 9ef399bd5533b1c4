import { expect } from '@open-wc/testing';
import { campaignDate } from '../../../src/components/support-banner/campaign-date.js';
import { readSupportRecord, shouldShow, writeSupportRecord, type SupportRecord, type SupportSettings } from '../../../src/components/support-banner/support-memory.js';
import { clearSupportRecords, DAY } from './support-test-page.js';

const settings: SupportSettings = { showAfter: 0, maxViews: 3, periodDays: 7, dismissDays: 7, supportedDays: 90 };
const now = Date.UTC(2025, 4, 24, 12);
const record = (change: Partial<SupportRecord> = {}): SupportRecord => ({ views: 1, shown: [], ...change });

describe('shouldShow', () => {
  it('shows on a first view with default limits', () => {
    expect(shouldShow(record(), settings, now)).to.be.true;
  });

  it('waits for show-after page views before the first showing', () => {
    expect(shouldShow(record({ views: 2 }), { ...settings, showAfter: 2 }, now)).to.be.false;
    expect(shouldShow(record({ views: 3 }), { ...settings, showAfter: 2 }, now)).to.be.true;
  });

  it('hides for dismiss-days after a dismissal, then shows again', () => {
    expect(shouldShow(record({ dismissed: now - 6.9 * DAY }), settings, now)).to.be.false;
    expect(shouldShow(record({ dismissed: now - 7 * DAY }), settings, now)).to.be.true;
  });

  it('hides for supported-days after a click on the call to action', () => {
    expect(shouldShow(record({ supported: now - 89 * DAY }), settings, now)).to.be.false;
    expect(shouldShow(record({ supported: now - 90 * DAY }), settings, now)).to.be.true;
  });

  it('shows at most max-views times per period-days', () => {
    const shown = [now - 8 * DAY, now - 3 * DAY, now - 2 * DAY];
    expect(shouldShow(record({ shown }), settings, now)).to.be.true;
    expect(shouldShow(record({ shown: [...shown, now - DAY] }), settings, now)).to.be.false;
  });

  it('shows only inside the campaign window', () => {
    const window = { ...settings, start: now - DAY, end: now + DAY };
    expect(shouldShow(record(), window, now)).to.be.true;
    expect(shouldShow(record(), window, now - 2 * DAY)).to.be.false;
    expect(shouldShow(record(), window, now + DAY)).to.be.false;
  });
});

describe('campaignDate', () => {
  it('reads a date alone as local midnight, an end date as the end of its day', () => {
    expect(campaignDate('2025-05-24')).to.equal(new Date(2025, 4, 24).getTime());
    expect(campaignDate('2025-05-24', true)).to.equal(new Date(2025, 4, 25).getTime());
  });

  it('reads a date-time as is and ignores what is not a date', () => {
    expect(campaignDate('2025-05-24T10:00:00Z', true)).to.equal(Date.UTC(2025, 4, 24, 10));
    expect(campaignDate('soon')).to.be.undefined;
    expect(campaignDate(undefined)).to.be.undefined;
  });
});

describe('support records', () => {
  beforeEach(clearSupportRecords);

  it('round-trips through localStorage and survives a damaged record', () => {
    writeSupportRecord('strichka:support:memory', { views: 2, load: 5, shown: [now], dismissed: now });
    expect(readSupportRecord('strichka:support:memory')).to.deep.equal({ views: 2, load: 5, shown: [now], dismissed: now, supported: undefined });
    localStorage.setItem('strichka:support:memory', '{not json');
    expect(readSupportRecord('strichka:support:memory')).to.deep.include({ views: 0, shown: [] });
  });
});
