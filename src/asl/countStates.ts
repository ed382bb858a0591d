/**
 * How many states a definition has, nested scopes included; tolerant of half-typed definitions.
 * @example countStates({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }) === 1
 */
export function countStates(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const states = (value as { States?: unknown }).States;
  if (states === null || typeof states !== 'object') return 0;
  let count = 0;
  for (const state of Object.values(states as Record<string, unknown>)) {
    count += 1;
    if (state === null || typeof state !== 'object') continue;
    const s = state as { Branches?: unknown; ItemProcessor?: unknown; Iterator?: unknown };
    if (Array.isArray(s.Branches)) for (const branch of s.Branches) count += countStates(branch);
    count += countStates(s.ItemProcessor) + countStates(s.Iterator);
  }
  return count;
}
