import { expect } from '@open-wc/testing';
import { collapseWhitespace, firstImageInHtml, htmlToText, truncateAtWord } from '../../src/feed/plain-text.js';
import { innerMarkup, scanXml, type XmlElement } from '../../src/feed/xml-scanner.js';

/** The content (else summary) of the first entry of a feedparser sanitize test, as the HTML a feed carries. */
async function sanitizeCorpusHtml(file: string): Promise<string> {
  const response = await fetch(`/corpus/feedparser/tests/wellformed/sanitize/${file}`);
  expect(response.ok, file).to.equal(true);
  const entry = scanXml(await response.text())!.children.find((child) => child.name === 'entry')!;
  const content = entry.children.find((child: XmlElement) => child.name === 'content' || child.name === 'summary')!;
  // escaped HTML arrives as text; xhtml content as child elements
  return content.children.length ? innerMarkup(content) : content.text;
}

describe('htmlToText', () => {
  it('strips tags, decodes entities once and collapses whitespace', () => {
    expect(htmlToText('  <p>Tom &amp; <b>Jerry</b>&#8217;s   show</p>\n\n ')).to.equal('Tom & Jerry’s show');
    expect(htmlToText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('turns block-level tags into a space but joins inline ones', () => {
    expect(htmlToText('<p>One</p><p>Two</p>line<br>break<br/>x<li>item</li><h2>Head</h2><td>a</td><td>b</td>')).to.equal(
      'One Two line break x item Head a b',
    );
    expect(htmlToText('Hel<b>lo</b> <i>W</i>orld<span>!</span>')).to.equal('Hello World!');
  });

  it('drops script, style, template and comment contents, closed or not', () => {
    expect(htmlToText('safe<script type="text/javascript">location.href="x";</script> description')).to.equal('safe description');
    expect(htmlToText('a<STYLE>b {color:red}</STYLE>b<template><p>t</p></template>c<!-- hidden -->d')).to.equal('abcd');
    expect(htmlToText('visible<script>never(); closed')).to.equal('visible');
    expect(htmlToText('visible<!-- never closed <b>x</b>')).to.equal('visible');
    expect(htmlToText('x<script>a="</scr"+"ipt>"; evil()</script >y')).to.equal('xy');
  });

  it('removes tags with event handlers and javascript: URLs, keeping only their text', () => {
    expect(htmlToText('<img src=x onerror=alert(1)>pic <a href="javascript:alert(1)" onclick=\'go()\'>link</a>')).to.equal('pic link');
    expect(htmlToText('<a title="a > b">inside</a>')).to.equal('inside');
    expect(htmlToText('<img src=x alt=don\'t onerror=alert(1)>after')).to.equal('after');
  });

  it('keeps a < that does not open a tag, and drops a tag cut off by the end', () => {
    expect(htmlToText('a < b and c > d')).to.equal('a < b and c > d');
    expect(htmlToText('1 <2 <= 3')).to.equal('1 <2 <= 3');
    expect(htmlToText('text <img src="x" onerror="alert(1)')).to.equal('text');
  });

  it('reads the feedparser sanitize corpus without leaking script or style text', async () => {
    const cases: Record<string, string> = {
      'entry_content_script.xml': 'safe description',
      'entry_content_script_cdata.xml': 'safe description',
      'entry_content_script_inline.xml': 'safe description',
      'entry_content_style_tag.xml': 'safe description',
      'entry_content_onerror.xml': '',
      'entry_content_iframe.xml': 'safe description',
      'entry_content_applet.xml': 'safe description',
      'entry_content_crazy.xml':
        'Crazy HTML -- Can Your Regex Parse This? Did The Javascript Execute? I will execute here, too, if you mouse over me',
    };
    for (const [file, expected] of Object.entries(cases)) {
      const text = htmlToText(await sanitizeCorpusHtml(file));
      expect(text, file).to.equal(expected);
      expect(text, file).to.not.match(/location\.href|executeMe|alert|color:red/);
    }
  });
});

describe('htmlToText with a length', () => {
  it('reads only the start of a long article, giving the same first characters as the whole', () => {
    const paragraph = '<p class="body">Ukraine &amp; partners: <b>talks</b> go on &ndash; day by day.</p>\n';
    const article = paragraph.repeat(2000);
    const whole = htmlToText(article);
    const start = htmlToText(article, 500);
    expect(start.length).to.be.above(520).and.below(whole.length);
    expect(whole.startsWith(start.slice(0, 520))).to.equal(true);
  });

  it('reads the whole when the start is mostly markup or hidden', () => {
    const article = `<script>${'x();'.repeat(5000)}</script>${'<span style="color:red"></span>'.repeat(500)}<p>The text.</p>`;
    expect(htmlToText(article, 500)).to.equal('The text.');
    expect(htmlToText('<p>short</p>', 500)).to.equal('short');
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of ASCII whitespace to one space and trims', () => {
    expect(collapseWhitespace(' \t a \n\r\n b\f\vc  ')).to.equal('a b c');
  });

  it('keeps a no-break space inside the text', () => {
    expect(collapseWhitespace('10\u00a0km   away')).to.equal('10\u00a0km away');
  });

  it('reads a raw U+0080–U+009F as the windows-1252 character it stands for', () => {
    expect(collapseWhitespace('don\u0092t \u0093quote\u0094 \u0096 \u0080 \u0085')).to.equal('don’t “quote” – € …');
    expect(collapseWhitespace('\u0081\u008d')).to.equal('\u0081\u008d');
  });
});

describe('truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateAtWord('short text', 10)).to.equal('short text');
  });

  it('cuts at the last word boundary and adds an ellipsis, never exceeding max', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    for (let max = 1; max <= text.length; max++) expect(truncateAtWord(text, max).length, String(max)).to.be.at.most(max);
    expect(truncateAtWord(text, 20)).to.equal('The quick brown fox…');
    expect(truncateAtWord(text, 21)).to.equal('The quick brown fox…');
    expect(truncateAtWord(text, 16)).to.equal('The quick brown…');
  });

  it('cuts inside a word only when the word would leave almost nothing', () => {
    expect(truncateAtWord('Supercalifragilisticexpialidocious indeed', 10)).to.equal('Supercali…');
  });

  it('drops punctuation left dangling before the ellipsis and never splits a surrogate pair', () => {
    expect(truncateAtWord('Kyiv, Lviv, Odesa and more', 12)).to.equal('Kyiv, Lviv…');
    expect(truncateAtWord('😀😀😀😀😀😀', 4)).to.equal('😀…');
    expect(truncateAtWord('anything', 0)).to.equal('');
  });
});

describe('firstImageInHtml', () => {
  it('finds the src and alt of the first image, entity-decoded', () => {
    expect(firstImageInHtml('<p>x</p><IMG ALT="Tom &amp; Jerry" SRC="/a.jpg?w=1&amp;h=2"><img src="/b.jpg">')).to.deep.equal({
      src: '/a.jpg?w=1&h=2',
      alt: 'Tom & Jerry',
    });
    expect(firstImageInHtml("<img src='one.png'/>")).to.deep.equal({ src: 'one.png' });
    expect(firstImageInHtml('<img src=unquoted.gif alt=pic>')).to.deep.equal({ src: 'unquoted.gif', alt: 'pic' });
  });

  it('skips images in comments or scripts and images without a src', () => {
    expect(firstImageInHtml('<!-- <img src="no.jpg"> --><script>"<img src=no2.jpg>"</script><img alt="none"><img src="yes.jpg">')).to.deep.equal({
      src: 'yes.jpg',
    });
    expect(firstImageInHtml('<p>no images</p><imgx src="x">')).to.equal(undefined);
  });

  it('prefers a lazy-loading data-src to a placeholder data: URI', () => {
    expect(firstImageInHtml('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" alt="">')).to.deep.equal({ src: '/real.jpg', alt: '' });
  });
});
