// The language buttons switch the page language and the shared feed: every element follows.
// Each language version of the article has its own URL, the card's item-id.
const feeds = { uk: 'feeds/news-uk.xml', ru: 'feeds/news-ru.xml', en: 'feeds/news-en.xml' };
const articleIds = {
  uk: 'https://www.example.com/news/2025/05/24/307-defenders-brought-back/',
  ru: 'https://www.example.com/ru/news/2025/05/24/307-defenders-brought-back/',
  en: 'https://www.example.com/en/news/2025/05/24/307-defenders-brought-back/',
};
const supportLabels = { uk: 'Підтримати', ru: 'Поддержать', en: 'Support us' };

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const { lang } = button.dataset;
    document.documentElement.lang = lang;
    document.getElementById('news').setAttribute('src', feeds[lang]);
    document.getElementById('article').setAttribute('item-id', articleIds[lang]);
    document.querySelector('.support').textContent = supportLabels[lang];
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
