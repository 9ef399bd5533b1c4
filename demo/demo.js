// The page's own parts follow the language switcher; the widgets follow the page language by
// themselves. The article's inline tags are the tags of the article the card shows.
const supportLabels = { uk: 'Підтримати', ru: 'Поддержать', en: 'Support us' };

document.addEventListener('strichka-language-change', ({ detail }) => {
  document.querySelector('.support').textContent = supportLabels[detail.language] ?? supportLabels.en;
});

const article = document.getElementById('article');
article.addEventListener('strichka-load', () => {
  const item = article.feedState.feed?.items[Number(article.getAttribute('index'))];
  if (item) document.getElementById('article-tags').tags = item.tags.map((name) => ({ name }));
});
