import { resolveHttpUrl } from '../../core/is-http-url.js';
import { canonicalLocale } from '../../i18n/locale.js';
import { findLanguage } from './find-language.js';

/** A language a switcher offers. */
export interface OfferedLanguage {
  /** Its BCP 47 code, canonical (`uk`, `en-GB`). */
  code: string;
  /** This page in that language, from an alternate link: an absolute http(s) URL. */
  url?: string;
  /** The text a child `<a hreflang>` gave it. */
  text?: string;
}

/** The canonical form of a language tag, or undefined for `x-default` and anything that is not a tag. */
function languageCode(tag: string | null): string | undefined {
  return tag && !/^\s*x-default\s*$/i.test(tag) ? canonicalLocale(tag) : undefined;
}

/**
 * The languages `host` offers, in order: `listed` (codes separated by spaces or commas) when set, else those of its child `<a hreflang href>` elements, then those of the
 * document's `<link rel="alternate" hreflang href>`. URLs come from the child links first, then
 * from the head; only http(s) URLs count. `x-default` is never a language.
 */
export function discoverLanguages(host: Element, listed?: string): OfferedLanguage[] {
  const found: OfferedLanguage[] = [];
  const base = host.ownerDocument.baseURI;
  const offer = (link: Element, text?: string) => {
    const code = languageCode(link.getAttribute('hreflang'));
    if (!code) return;
    const known = found.find((each) => each.code == code);
    const entry = known ?? { code };
    entry.url ??= resolveHttpUrl(link.getAttribute('href') ?? undefined, base);
    if (text) entry.text ??= text;
    if (!known) found.push(entry);
  };
  for (const anchor of host.querySelectorAll('a[hreflang]')) offer(anchor, anchor.textContent!.trim());
  for (const link of host.ownerDocument.head?.querySelectorAll('link[rel~=alternate i][hreflang]') ?? []) offer(link);
  if (!listed?.trim()) return found;
  const codes = new Set(listed.split(/[\s,]+/).map(languageCode).filter((code) => code != undefined));
  return [...codes].map((code) => ({ ...findLanguage(found, code), code }));
}
