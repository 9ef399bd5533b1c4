// A Tab past the page's last focusable element takes focus into the browser's own UI in Firefox
// and WebKit, and every later key press of the test file goes there. A focusable end, kept the
// last child of <body> (fixtures are appended after it), keeps keyboard tests inside the page.
// Loaded before every test file (web-test-runner.config.mjs).
const end = Object.assign(document.createElement('span'), { tabIndex: 0 });
end.dataset['focusEnd'] = '';
const keepLast = () => {
  if (document.body.lastElementChild != end) document.body.append(end);
};
new MutationObserver(keepLast).observe(document.body, { childList: true });
keepLast();
