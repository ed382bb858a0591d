/** Small statistics and formatting helpers for the UI benchmark. */

/** The q-quantile (0..1) of `values`, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Interquartile range over the median: above about 0.5 the figure is noisy (a busy machine). */
export function spread(values: readonly number[]): number {
  return (quantile(values, 0.75) - quantile(values, 0.25)) / median(values);
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a');
export const ratio = (big: number, small: number): string => (small > 0 && Number.isFinite(big) ? `${(big / small).toFixed(1)}x` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** "median (p25-p75, n=20)". */
export function summary(values: readonly number[]): string {
  return `${ms(median(values))} (p25 ${ms(quantile(values, 0.25))}, p75 ${ms(quantile(values, 0.75))}, n=${values.length})`;
}
