/**
 * The HTML 4 named entities plus `apos`, as `name:code` or just `name` for "previous code + 1";
 * parsed once, on the first named reference (lang/rang keep their HTML 4 code points, as feedparser does).
 */
const NAMED =
  'quot:34,amp:38,apos,lt:60,gt:62,nbsp:160,iexcl,cent,pound,curren,yen,brvbar,sect,uml,copy,ordf,laquo,not,shy,reg,macr,deg,plusmn,sup2,sup3,acute,micro,para,middot,cedil,sup1,ordm,raquo,frac14,frac12,frac34,iquest,' +
  'Agrave,Aacute,Acirc,Atilde,Auml,Aring,AElig,Ccedil,Egrave,Eacute,Ecirc,Euml,Igrave,Iacute,Icirc,Iuml,ETH,Ntilde,Ograve,Oacute,Ocirc,Otilde,Ouml,times,Oslash,Ugrave,Uacute,Ucirc,Uuml,Yacute,THORN,szlig,' +
  'agrave,aacute,acirc,atilde,auml,aring,aelig,ccedil,egrave,eacute,ecirc,euml,igrave,iacute,icirc,iuml,eth,ntilde,ograve,oacute,ocirc,otilde,ouml,divide,oslash,ugrave,uacute,ucirc,uuml,yacute,thorn,yuml,' +
  'OElig:338,oelig,Scaron:352,scaron,Yuml:376,fnof:402,circ:710,tilde:732,' +
  'Alpha:913,Beta,Gamma,Delta,Epsilon,Zeta,Eta,Theta,Iota,Kappa,Lambda,Mu,Nu,Xi,Omicron,Pi,Rho,Sigma:931,Tau,Upsilon,Phi,Chi,Psi,Omega,' +
  'alpha:945,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa,lambda,mu,nu,xi,omicron,pi,rho,sigmaf,sigma,tau,upsilon,phi,chi,psi,omega,thetasym:977,upsih,piv:982,' +
  'ensp:8194,emsp,thinsp:8201,zwnj:8204,zwj,lrm,rlm,ndash:8211,mdash,lsquo:8216,rsquo,sbquo,ldquo:8220,rdquo,bdquo,dagger:8224,Dagger,bull,hellip:8230,permil:8240,prime:8242,Prime,lsaquo:8249,rsaquo,oline:8254,frasl:8260,euro:8364,' +
  'image:8465,weierp:8472,real:8476,trade:8482,alefsym:8501,larr:8592,uarr,rarr,darr,harr,crarr:8629,lArr:8656,uArr,rArr,dArr,hArr,' +
  'forall:8704,part:8706,exist,empty:8709,nabla:8711,isin,notin,ni:8715,prod:8719,sum:8721,minus,lowast:8727,radic:8730,prop:8733,infin,ang:8736,and:8743,or,cap,cup,int,there4:8756,sim:8764,cong:8773,asymp:8776,' +
  'ne:8800,equiv,le:8804,ge,sub:8834,sup,nsub,sube:8838,supe,oplus:8853,otimes:8855,perp:8869,sdot:8901,lceil:8968,rceil,lfloor,rfloor,lang:9001,rang,loz:9674,spades:9824,clubs:9827,hearts:9829,diams';

/** What HTML makes of &#128;…&#159;: the windows-1252 characters feeds mean by them. */
const WINDOWS_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

const REFERENCE = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|([A-Za-z][A-Za-z\d]*));/g;

let namedEntities: Map<string, string> | undefined;

/** The character of a named entity, or undefined for a name HTML 4 does not define. */
export function namedEntity(name: string): string | undefined {
  if (!namedEntities) {
    namedEntities = new Map();
    let code = 0;
    for (const entry of NAMED.split(',')) {
      const [entryName, at] = entry.split(':');
      code = at ? +at : code + 1;
      namedEntities.set(entryName!, String.fromCharCode(code));
    }
  }
  return namedEntities.get(name);
}

/** The character of a numeric reference: 128–159 as windows-1252, NUL, surrogates and out-of-range as U+FFFD. */
export function characterOfCode(code: number): string {
  if (code >= 128 && code < 160) return WINDOWS_1252[code - 128]!;
  return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/** Decodes XML and HTML character references in text: &amp; &lt; &gt; &quot; &apos;, &#NN; &#xNN;, and HTML named entities. Unknown or bare & stay as they are. */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0
    ? text
    : text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) =>
        name ? namedEntity(name) ?? whole : characterOfCode(decimal ? +decimal : parseInt(hex!, 16)),
      );
}
