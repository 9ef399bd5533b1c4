// Namespace URIs the feed readers match elements by (never by prefix).

/** Atom 1.0. */
export const ATOM = 'http://www.w3.org/2005/Atom';
/** Atom 0.3 (pre-standard). */
export const ATOM03 = 'http://purl.org/atom/ns#';
/** RDF syntax: the root of RSS 1.0 / 0.9 and `rdf:about`. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** RSS 1.0 core elements. */
export const RSS10 = 'http://purl.org/rss/1.0/';
/** RSS 0.90 core elements. */
export const RSS090 = 'http://my.netscape.com/rdf/simple/0.9/';
/** Dublin Core elements (dc:creator, dc:date, dc:subject, dc:language). */
export const DC = 'http://purl.org/dc/elements/1.1/';
/** Dublin Core terms (dcterms:modified). */
export const DCTERMS = 'http://purl.org/dc/terms/';
/** RSS content module (content:encoded). */
export const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
/** Media RSS (media:content, media:thumbnail, media:group). */
export const MEDIA = 'http://search.yahoo.com/mrss/';
/** Apple podcasts (itunes:image, itunes:author). */
export const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
/** XHTML (Atom xhtml text, RSS xhtml:body). */
export const XHTML = 'http://www.w3.org/1999/xhtml';
