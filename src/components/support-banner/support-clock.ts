/**
 * Where the support banner reads the time and tells page loads apart. Tests replace `now` to move
 * through days, and `loadedAt` to stand for a new page load, without waiting or reloading.
 */
export const supportClock = {
  /** The current time in ms since the epoch. */
  now: (): number => Date.now(),
  /** When this page load began: the same for every banner of one page load, different after a reload. */
  loadedAt: (): number => performance.timeOrigin,
};
