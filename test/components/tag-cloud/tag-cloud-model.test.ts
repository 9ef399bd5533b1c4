import { expect } from '@open-wc/testing';
import { countTags } from '../../../src/components/tag-cloud/count-tags.js';
import { orderTags } from '../../../src/components/tag-cloud/order-tags.js';
import { tagSteps } from '../../../src/components/tag-cloud/tag-weights.js';
import type { FeedItem } from '../../../src/feed/index.js';

const item = (id: string, tags: string[]): FeedItem => ({ id, title: id, authors: [], tags, enclosures: [] });

describe('tag cloud model', () => {
  describe('countTags', () => {
    it('counts the items of each tag, merging spellings that differ in case under the first one', () => {
      const tags = countTags([item('1', ['exchange', 'Kyiv']), item('2', ['KYIV', ' prisoners ']), item('3', ['kyiv', 'Exchange'])]);
      expect(tags).to.deep.equal([
        { name: 'exchange', count: 2 },
        { name: 'Kyiv', count: 3 },
        { name: 'prisoners', count: 1 },
      ]);
    });

    it('counts an item once for a tag it has in two spellings, and skips empty tags', () => {
      expect(countTags([item('1', ['Kyiv', 'kyiv', ' ']), item('2', ['Kyiv'])])).to.deep.equal([{ name: 'Kyiv', count: 2 }]);
    });
  });

  describe('tagSteps', () => {
    it('gives counts that double each time one class more, from the least to the most', () => {
      expect(tagSteps([16, 1, 4, 2, 8], 5)).to.deep.equal([5, 1, 3, 2, 4]);
    });

    it('uses a logarithmic scale: 10 of 1–100 is the middle class, not the second', () => {
      expect(tagSteps([1, 10, 100], 5)).to.deep.equal([1, 3, 5]);
    });

    it('puts equal counts in the middle class and unknown counts in the least', () => {
      expect(tagSteps([3, 3, 3], 5)).to.deep.equal([3, 3, 3]);
      expect(tagSteps([undefined, undefined], 4)).to.deep.equal([2, 2]);
      expect(tagSteps([undefined, 2, 8, 0], 3)).to.deep.equal([1, 1, 3, 1]);
    });
  });

  describe('orderTags', () => {
    const tags = [
      { name: 'Київ', count: 4 },
      { name: 'Африка', count: 1 },
      { name: 'Європа', count: 5 },
      { name: 'Зеленський', count: 2 },
      { name: 'Ізраїль', count: 2 },
    ];
    const names = (list: { name: string }[]) => list.map((tag) => tag.name);

    it('orders by count, most first, equal counts by name', () => {
      expect(names(orderTags(tags, 'count', Infinity, 'uk'))).to.deep.equal(['Європа', 'Київ', 'Зеленський', 'Ізраїль', 'Африка']);
    });

    it('orders by name in the Ukrainian alphabet (Є and І are not before А as in code points)', () => {
      expect(names(orderTags(tags, 'name', Infinity, 'uk'))).to.deep.equal(['Африка', 'Європа', 'Зеленський', 'Ізраїль', 'Київ']);
      expect(names([...tags].sort((a, b) => (a.name < b.name ? -1 : 1)))[0]).to.equal('Європа');
    });

    it('keeps the tags of the most stories within the limit, in the given order when there is none', () => {
      expect(names(orderTags(tags, 'name', 3, 'uk'))).to.deep.equal(['Європа', 'Зеленський', 'Київ']);
      expect(names(orderTags(tags, undefined, 3, 'uk'))).to.deep.equal(['Київ', 'Європа', 'Зеленський']);
      expect(names(orderTags([{ name: 'b' }, { name: 'a' }, { name: 'c' }], undefined, 2, 'en'))).to.deep.equal(['b', 'a']);
    });
  });
});
