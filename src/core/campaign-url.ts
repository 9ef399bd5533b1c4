/** The `utm_*` parameters a partner adds to every item link; unset ones are left out. */
export interface Campaign {
  utm_source?: string | undefined;
  utm_medium?: string | undefined;
  utm_campaign?: string | undefined;
}

/**
 * `url` with the campaign's set parameters, each once: one the link already has is replaced,
 * never repeated. A link is only re-serialised when there is something to add.
 */
export function campaignUrl(url: string, campaign: Campaign): string {
  const set = Object.entries(campaign).filter(([, value]) => value);
  if (!set.length) return url;
  const link = new URL(url);
  for (const [name, value] of set) link.searchParams.set(name, value!);
  return link.href;
}
