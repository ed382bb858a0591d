import equal from 'fast-deep-equal';

/**
 * `next`, with every item deep-equal to the previous item of the same id swapped for that previous
 * object, and `previous` itself when nothing changed at all. React Flow keeps the internals of a
 * node whose object it has seen before, and memoised nodes and edges skip their render: an edit of
 * one state redraws that state (and what the layout moved), not all of them.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: readonly T[]): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let unchanged = previous.length === next.length;
  const out = next.map((item, i) => {
    const old = before.get(item.id);
    if (old === undefined || !equal(old, item)) {
      unchanged = false;
      return item;
    }
    if (previous[i] !== old) unchanged = false;
    return old;
  });
  return unchanged ? previous : out;
}
