import { cachedValue } from './bounded-cache.js';

/** Scripts written right to left (ISO 15924), for the direction of a locale without a `dir`. */
const RTL_SCRIPT = /^(Adlm|Arab|Hebr|Nkoo|Rohg|Syrc|Thaa)$/i;

/** Languages whose likely script (CLDR) is one of those: their direction when a locale names no script. */
const RTL_LANGUAGE = /^(ar|arc|bal|bqi|ckb|dv|fa|glk|he|iw|ks|lrc|mzn|nqo|prs|ps|rhg|sd|skr|syr|ug|ur|yi)$/i;

/**
 * Values of the attribute `name` from the element outwards: its own, then each ancestor's,
 * continuing from the host when a shadow root is reached, then the document element's (for
 * an element not connected to it).
 */
function* inheritedValues(element: Element, name: string): Generator<string> {
  const hostOf = (node: Element) => (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  for (let node: Element | null = element; node; ) {
    const found: Element | null = node.closest(`[${name}]`);
    if (found) yield found.getAttribute(name)!;
    node = found ? found.parentElement ?? hostOf(found) : hostOf(node);
  }
  const root = element.ownerDocument.documentElement?.getAttribute(name);
  if (root != null) yield root;
}

// Every element resolves its locale on every update: each tag is worked out once a page.
const canonicalTags = new Map<string, string | undefined>();

/** The canonical BCP 47 form of a tag (`uk_UA` is read as `uk-UA`), or undefined when it is not a valid tag. */
export function canonicalLocale(tag: string): string | undefined {
  return cachedValue(canonicalTags, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
    } catch {
      return undefined;
    }
  });
}

/**
 * The direction a locale is written in, from its script (given, or the likely one for its
 * language), read from the tag itself: `Intl.Locale#maximize` would load the likely-subtags data
 * (about 50 ms on a phone) in the middle of the page's start.
 */
function localeDirection(locale: string): 'ltr' | 'rtl' {
  const [language = '', second = ''] = locale.split('-');
  const script = /^[a-z]{4}$/i.test(second) ? second : undefined;
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(language)) ? 'rtl' : 'ltr';
}

/**
 * The element's locale as a canonical BCP 47 tag: its `lang`, else the nearest `[lang]`
 * ancestor's (across shadow roots), else the document's, else `en`; invalid tags are skipped.
 */
export function resolveLocale(element: Element): string {
  for (const tag of inheritedValues(element, 'lang')) {
    const locale = canonicalLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The element's writing direction: the nearest `dir` of `ltr`/`rtl` (across shadow roots), else that of the locale (also for `dir="auto"`). */
export function resolveDirection(element: Element, locale: string): 'ltr' | 'rtl' {
  for (const dir of inheritedValues(element, 'dir')) {
    const value = dir.trim().toLowerCase();
    if (value === 'ltr' || value === 'rtl') return value;
    if (value === 'auto') break;
  }
  return localeDirection(locale);
}
