import type { SourceElement } from './source-element.js';

/** HTML elements a feed's text may carry (feedparser only guesses HTML when every tag is one of these). */
const HTML_ELEMENTS = new Set(
  ('a abbr acronym address area article aside audio b big blockquote br button canvas caption center cite code col ' +
    'colgroup dd del details dfn dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header ' +
    'hr i img input ins kbd label legend li map menu nav noscript ol optgroup option p pre q s samp section select small ' +
    'source span strike strong sub sup table tbody td textarea tfoot th thead time tr tt u ul var video').split(' '),
);

const TYPE_ALIASES: Record<string, string> = { text: 'text/plain', plain: 'text/plain', html: 'text/html', xhtml: 'application/xhtml+xml' };

/** feedparser's guess for nominally plain RSS text: a close tag or entity, and only known HTML tags. */
export function looksLikeHtml(value: string): boolean {
  if (!/<\/\w+>|&#?\w+;/.test(value)) return false;
  return Array.from(value.matchAll(/<\/?(\w+)/g)).every(([, tag]) => HTML_ELEMENTS.has(tag.toLowerCase()));
}

/**
 * Whether feedparser's value for a text field is HTML (so a reader sees its rendering) or plain
 * text (a reader sees it literally). Mirrors feedparser's typing: the element's `type`
 * attribute, else text for Atom and RSS titles and HTML for other RSS text; inline child
 * elements make XHTML; plain RSS text that looks like HTML counts as HTML.
 */
export function feedparserValueIsHtml(atom: boolean, isTitle: boolean, element: SourceElement | undefined, value: string): boolean {
  const declared = element?.attributes.type?.toLowerCase();
  const type = declared ? (TYPE_ALIASES[declared] ?? declared) : atom || isTitle ? 'text/plain' : 'text/html';
  if (element && !type.endsWith('xml') && element.attributes.mode !== 'base64' && /<[A-Za-z]/.test(element.content.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) return true;
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  return !atom && type === 'text/plain' && looksLikeHtml(value);
}
