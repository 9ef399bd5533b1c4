/** A banner as the queue sees it. */
export interface SupportContender extends Node {
  /** May show on this page view (its own limits allow it). */
  readonly eligible: boolean;
  readonly priority: number;
  /** Shows the banner, or hides it because it is not eligible or another one shows. */
  takeTurn(shown: boolean): void;
}

/** The connected banners of the page: one message at a time. */
const contenders = new Set<SupportContender>();

/**
 * Lets the eligible banner with the highest priority show (the first in document order on a
 * tie) and hides the others; called whenever a banner connects, disconnects or leaves.
 */
export function chooseSupportBanner(): void {
  let chosen: SupportContender | undefined;
  for (const each of contenders) {
    if (!each.eligible) continue;
    const before = chosen && chosen.compareDocumentPosition(each) & Node.DOCUMENT_POSITION_PRECEDING;
    if (!chosen || each.priority > chosen.priority || (each.priority == chosen.priority && before)) chosen = each;
  }
  for (const each of contenders) each.takeTurn(each == chosen);
}

/** Adds a connected banner to the page's queue and chooses again. */
export function joinSupportQueue(banner: SupportContender): void {
  contenders.add(banner);
  chooseSupportBanner();
}

/** Removes a disconnected banner and chooses again: the next one may show. */
export function leaveSupportQueue(banner: SupportContender): void {
  contenders.delete(banner);
  chooseSupportBanner();
}
