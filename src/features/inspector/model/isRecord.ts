/** True for a plain JSON object (not null, not an array): half-typed definitions hold anything. */
export function isRecord(value: unknown): value is Record<string, never> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
