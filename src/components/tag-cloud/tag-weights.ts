/**
 * The size class (1 … `steps`) of each count, on a logarithmic scale from the least count (1) to
 * the most (`steps`): tag frequencies fall off like a power law, so a linear scale would leave
 * all but the top few at the smallest size. An unknown count gets the least class; when all
 * counts are equal every tag gets the middle one.
 */
export function tagSteps(counts: readonly (number | undefined)[], steps: number): number[] {
  const logs = counts.map((count) => ((count ?? 0) > 0 ? Math.log(count!) : undefined));
  const known = logs.filter((log) => log !== undefined);
  const least = Math.min(...known);
  const range = Math.max(...known) - least;
  return logs.map((log) => (range > 0 ? 1 + Math.round((((log ?? least) - least) / range) * (steps - 1)) : Math.ceil(steps / 2)));
}
