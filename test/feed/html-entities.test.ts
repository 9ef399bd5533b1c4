import { expect } from '@open-wc/testing';
import { decodeEntities } from '../../src/feed/html-entities.js';

/** The 252 entity names of HTML 4.01 (lat1, symbol, special) plus XML's apos. */
const HTML4_NAMES = `nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute
micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave
Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml
Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth
ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma Delta
Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta
epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv
bull hellip prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr
forall part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp
ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams
quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo
rdquo bdquo dagger Dagger permil lsaquo rsaquo euro apos`.split(/\s+/);

/** What the browser's own HTML parser makes of a character reference. */
function browserDecode(reference: string): string {
  const textarea = document.createElement('textarea');
  textarea.innerHTML = reference;
  return textarea.value;
}

describe('decodeEntities', () => {
  it('decodes every HTML 4 named entity as the browser does (lang/rang keep their HTML 4 code points)', () => {
    expect(HTML4_NAMES).to.have.length(253);
    for (const name of HTML4_NAMES) {
      const expected = name === 'lang' ? '\u2329' : name === 'rang' ? '\u232a' : browserDecode(`&${name};`);
      expect(decodeEntities(`&${name};`), name).to.equal(expected);
    }
  });

  it('decodes the five XML entities and leaves the text around them alone', () => {
    expect(decodeEntities('&lt;p class=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/p&gt;')).to.equal('<p class="x">Tom & Jerry\'s</p>');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt; &amp;#233;')).to.equal('&lt;b&gt; &#233;');
  });

  it('decodes decimal and hexadecimal references, astral ones included', () => {
    expect(decodeEntities('&#233;&#xe9;&#XE9;&#x1F600;&#128512;&#0000065;')).to.equal('ééé😀😀A');
  });

  it('reads &#128;–&#159; as windows-1252, the way HTML does', () => {
    expect(decodeEntities('&#150;&#151;&#145;&#146;&#147;&#148;&#133;&#128;&#153;&#x96;')).to.equal('–—‘’“”…€™–');
    for (let code = 128; code < 160; code++) {
      expect(decodeEntities(`&#${code};`), String(code)).to.equal(browserDecode(`&#${code};`));
    }
  });

  it('turns NUL, surrogates and code points beyond Unicode into U+FFFD', () => {
    expect(decodeEntities('&#0;|&#xD800;|&#57343;|&#x110000;|&#99999999999999999999999;|&#xFFFFFFFFFFFF;')).to.equal(
      '\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\ufffd',
    );
  });

  it('leaves a bare &, an unknown name and malformed references as they are', () => {
    const kept = ['AT&T', 'a & b', '&bogus;', '&AMP;', '&Nbsp;', '&nbsp', '&#;', '&#x;', '&#xZZ;', '&#12a;', '&;', '&&amp;'];
    expect(kept.map(decodeEntities)).to.deep.equal([...kept.slice(0, -1), '&&']);
  });

  it('returns text without & unchanged', () => {
    const text = 'Zelenskyy: "no" <b>';
    expect(decodeEntities(text)).to.equal(text);
  });
});
