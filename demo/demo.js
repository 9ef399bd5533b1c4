// The language buttons switch the page language and the shared feed: every element follows.
const feeds = { uk: 'feeds/news-uk.xml', ru: 'feeds/news-ru.xml', en: 'feeds/news-en.xml' };
const supportLabels = { uk: 'Підтримати', ru: 'Поддержать', en: 'Support us' };

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const { lang } = button.dataset;
    document.documentElement.lang = lang;
    document.getElementById('news').setAttribute('src', feeds[lang]);
    document.querySelector('.support').textContent = supportLabels[lang];
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
