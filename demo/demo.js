// The page's own parts follow the page language, which the switcher sets (also from a choice
// remembered before this script ran); the widgets follow it by themselves. The article's inline
// tags are the tags of the article the card shows.
const supportLabels = { uk: 'Підтримати', ru: 'Поддержать', en: 'Support us' };
const root = document.documentElement;
const showSupportLabel = () => {
  document.querySelector('.support').textContent = supportLabels[root.lang] ?? supportLabels.en;
};
new MutationObserver(showSupportLabel).observe(root, { attributeFilter: ['lang'] });
showSupportLabel();

const article = document.getElementById('article');
article.addEventListener('strichka-load', () => {
  const item = article.feedState.feed?.items[Number(article.getAttribute('index'))];
  if (item) document.getElementById('article-tags').tags = item.tags.map((name) => ({ name }));
});
