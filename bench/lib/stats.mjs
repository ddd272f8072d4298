// Order statistics of latency samples, as wrk reports them: the nearest-rank quantile of the
// sorted samples (no interpolation), so a p99 of 100 samples is the 99th slowest one.

/** @param {number[]} samples @param {number} q between 0 and 1 */
export function quantile(samples, q) {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

/** @param {number[]} samples */
export const median = (samples) => quantile(samples, 0.5)

/** p50, p90 and p99 in one object, the shape every server-time figure prints. */
export const percentiles = (samples) => ({
  n: samples.length,
  p50: quantile(samples, 0.5),
  p90: quantile(samples, 0.9),
  p99: quantile(samples, 0.99),
})
