/**
 * The HTML 4 named entities plus `apos`, in code point order: each name is one code point after the one before it,
 * or as many more as its leading number says. The names of the Latin-1 and Greek capitals also name their small
 * letters, 32 code points on (lowercased), so those are left out. Parsed on the first named reference.
 * lang/rang keep their HTML 4 code points, as feedparser does.
 */
const NAMED =
  ',33quot,3amp,apos,20lt,1gt,97nbsp,iexcl,cent,pound,curren,yen,brvbar,sect,uml,copy,ordf,laquo,not,shy,reg,macr,deg,plusmn,sup2,sup3,acute,micro,para,middot,cedil,sup1,ordm,raquo,frac14,frac12,frac34,iquest,' +
  'Agrave,Aacute,Acirc,Atilde,Auml,Aring,AElig,Ccedil,Egrave,Eacute,Ecirc,Euml,Igrave,Iacute,Icirc,Iuml,ETH,Ntilde,Ograve,Oacute,Ocirc,Otilde,Ouml,times,Oslash,Ugrave,Uacute,Ucirc,Uuml,Yacute,THORN,szlig,23divide,7yuml,' +
  '82OElig,oelig,12Scaron,scaron,22Yuml,25fnof,307circ,21tilde,180Alpha,Beta,Gamma,Delta,Epsilon,Zeta,Eta,Theta,Iota,Kappa,Lambda,Mu,Nu,Xi,Omicron,Pi,Rho,1Sigma,Tau,Upsilon,Phi,Chi,Psi,Omega,24sigmaf,14thetasym,upsih,3piv,' +
  '7211ensp,emsp,5thinsp,2zwnj,zwj,lrm,rlm,3ndash,mdash,3lsquo,rsquo,sbquo,1ldquo,rdquo,bdquo,1dagger,Dagger,bull,3hellip,9permil,1prime,Prime,5lsaquo,rsaquo,3oline,5frasl,103euro,100image,6weierp,3real,5trade,18alefsym,' +
  '90larr,uarr,rarr,darr,harr,32crarr,26lArr,uArr,rArr,dArr,hArr,43forall,1part,exist,1empty,1nabla,isin,notin,1ni,3prod,1sum,minus,4lowast,2radic,2prop,infin,1ang,6and,or,cap,cup,int,8there4,7sim,8cong,2asymp,' +
  '23ne,equiv,2le,ge,28sub,sup,nsub,1sube,supe,13oplus,1otimes,13perp,31sdot,66lceil,rceil,lfloor,rfloor,29lang,rang,671loz,149spades,2clubs,1hearts,diams';

/** What HTML makes of &#128;…&#159;: the windows-1252 characters feeds mean by them. */
export const WINDOWS_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

const REFERENCE = /&(?:#(\d+)|#x([\da-f]+)|([a-z][a-z\d]*));/gi;

// a null-prototype object: a name like "constructor" or "__proto__" finds nothing
let named: Record<string, string> | undefined;

function namedEntities(): Record<string, string> {
  named = Object.create(null) as Record<string, string>;
  // ',33quot,3amp' splits into ['', '33', 'quot', '3', 'amp', …]
  const parts = NAMED.split(/,(\d*)/);
  for (let i = 1, code = 0; i < parts.length; i += 2) {
    const name = parts[i + 1]!;
    named[name] = String.fromCharCode((code += +parts[i]! + 1));
    // a capital's mirror yields to a small letter that has its own entry (oelig, scaron, yuml)
    if (code < 1e3 && name < 'a') named[name.toLowerCase()] ??= String.fromCharCode(code + 32);
  }
  return named;
}

/**
 * The character of a reference (the reference itself for an unknown name); a numeric one as HTML reads it: 128–159
 * as windows-1252, NUL, surrogates and out-of-range as U+FFFD.
 */
function decodeReference(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return (named ?? namedEntities())[name] ?? whole;
  const code = decimal ? +decimal : parseInt(hex!, 16);
  return code > 127 && code < 160
    ? WINDOWS_1252[code - 128]!
    : code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
}

/** Decodes XML and HTML character references in text: &amp; &lt; &gt; &quot; &apos;, &#NN; &#xNN;, and HTML named entities. Unknown or bare & stay as they are. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, decodeReference) : text;
}
