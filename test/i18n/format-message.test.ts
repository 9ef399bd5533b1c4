import { expect } from '@open-wc/testing';
import { supportBannerStrings } from '../../src/components/support-banner/support-banner-strings.js';
import { tagCloudStrings } from '../../src/components/tag-cloud/tag-cloud-strings.js';
import { tickerStrings } from '../../src/components/ticker/ticker-strings.js';
import { commonStrings } from '../../src/i18n/common-strings.js';
import { formatMessage } from '../../src/i18n/format-message.js';

const COUNTS = [1, 2, 3, 5, 11, 21, 22, 25, 101];

describe('formatMessage', () => {
  it('writes "N new stories" plural-correct in uk', () => {
    expect(COUNTS.map((n) => formatMessage('uk', tickerStrings, 'newStories', n))).to.deep.equal([
      '1 нова новина',
      '2 нові новини',
      '3 нові новини',
      '5 нових новин',
      '11 нових новин',
      '21 нова новина',
      '22 нові новини',
      '25 нових новин',
      '101 нова новина',
    ]);
  });

  it('writes "N new stories" plural-correct in ru', () => {
    expect(COUNTS.map((n) => formatMessage('ru', tickerStrings, 'newStories', n))).to.deep.equal([
      '1 новая новость',
      '2 новые новости',
      '3 новые новости',
      '5 новых новостей',
      '11 новых новостей',
      '21 новая новость',
      '22 новые новости',
      '25 новых новостей',
      '101 новая новость',
    ]);
  });

  it('writes "N new stories" plural-correct in en', () => {
    expect(COUNTS.map((n) => formatMessage('en', tickerStrings, 'newStories', n))).to.deep.equal([
      '1 new story',
      '2 new stories',
      '3 new stories',
      '5 new stories',
      '11 new stories',
      '21 new stories',
      '22 new stories',
      '25 new stories',
      '101 new stories',
    ]);
  });

  it('writes the "N new" button plural-correct', () => {
    expect(COUNTS.map((n) => formatMessage('uk-UA', tickerStrings, 'showNew', n)).join(', ')).to.equal(
      '1 нова, 2 нові, 3 нові, 5 нових, 11 нових, 21 нова, 22 нові, 25 нових, 101 нова',
    );
    expect(COUNTS.map((n) => formatMessage('ru', tickerStrings, 'showNew', n)).join(', ')).to.equal(
      '1 новая, 2 новые, 3 новые, 5 новых, 11 новых, 21 новая, 22 новые, 25 новых, 101 новая',
    );
    expect(formatMessage('en-US', tickerStrings, 'showNew', 1)).to.equal('1 new');
    expect(formatMessage('en-US', tickerStrings, 'showNew', 3)).to.equal('3 new');
  });

  it('writes a tag\'s count of stories plural-correct for 1, 2, 5, 11, 21, 22, 25 and 1.5', () => {
    const counts = [1, 2, 5, 11, 21, 22, 25, 1.5];
    expect(counts.map((n) => formatMessage('uk', tagCloudStrings, 'tagCount', n)).join(', ')).to.equal(
      '1 новина, 2 новини, 5 новин, 11 новин, 21 новина, 22 новини, 25 новин, 1,5 новини',
    );
    expect(counts.map((n) => formatMessage('ru', tagCloudStrings, 'tagCount', n)).join(', ')).to.equal(
      '1 новость, 2 новости, 5 новостей, 11 новостей, 21 новость, 22 новости, 25 новостей, 1,5 новости',
    );
    expect(counts.map((n) => formatMessage('en', tagCloudStrings, 'tagCount', n)).join(', ')).to.equal(
      '1 story, 2 stories, 5 stories, 11 stories, 21 stories, 22 stories, 25 stories, 1.5 stories',
    );
  });

  it('fills the goal bar text with both amounts, in the language of the words', () => {
    expect(formatMessage('uk', supportBannerStrings, 'raisedOfGoal', { raised: '12 500 ₴', goal: '50 000 ₴' })).to.equal('Зібрано 12 500 ₴ з 50 000 ₴');
    expect(formatMessage('en-GB', supportBannerStrings, 'raisedOfGoal', { raised: '£1,250', goal: '£5,000' })).to.equal('£1,250 raised of £5,000');
  });

  it('uses the form for fractions when a count has one', () => {
    expect(formatMessage('uk', tickerStrings, 'newStories', 1.5)).to.equal('1,5 нової новини');
    expect(formatMessage('ru', tickerStrings, 'newStories', 2.5)).to.equal('2,5 новой новости');
  });

  it("gives other languages English words with English plurals but the locale's digits", () => {
    expect(formatMessage('de', tickerStrings, 'newStories', 1000)).to.equal('1.000 new stories');
    expect(formatMessage('de', tickerStrings, 'newStories', 1)).to.equal('1 new story');
    // French calls 0 "one"; the English words need "0 new stories".
    expect(formatMessage('fr', tickerStrings, 'newStories', 0)).to.equal('0 new stories');
    expect(formatMessage('uk', tickerStrings, 'newStories', 1000)).to.match(/^1\s000 нових новин$/);
  });

  it('fills the time of a stale copy', () => {
    expect(formatMessage('uk', commonStrings, 'asOf', '16:12')).to.equal('станом на 16:12');
    expect(formatMessage('ru-RU', commonStrings, 'asOf', '16:12')).to.equal('по состоянию на 16:12');
    expect(formatMessage('en', commonStrings, 'asOf', '4:12 PM')).to.equal('as of 4:12 PM');
    // A replacement pattern in the value stays literal.
    expect(formatMessage('en', commonStrings, 'asOf', "$& $'")).to.equal("as of $& $'");
  });

  it('returns plain messages as they are', () => {
    expect(formatMessage('uk', tickerStrings, 'pause')).to.equal('Зупинити стрічку');
    expect(formatMessage('ru', tickerStrings, 'play')).to.equal('Запустить ленту');
    expect(formatMessage('pt-BR', commonStrings, 'loading')).to.equal('Loading news…');
    expect(formatMessage('not a locale', tickerStrings, 'newStories', 2)).to.equal('2 new stories');
  });
});
