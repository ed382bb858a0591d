import { fromPointer } from '../../asl/pointer';

/**
 * The innermost state a JSON pointer lies in, following only the places ASL nests states
 * (`/States/<name>`, a Parallel's `Branches/<i>/States/<name>`, a Map's `ItemProcessor` or
 * legacy `Iterator`), so a payload key that happens to be called "States" is not mistaken for one.
 * @example stateNameAt('/States/P/Branches/0/States/Inner/Next') // 'Inner'
 */
export function stateNameAt(pointer: string): string | null {
  const segments = fromPointer(pointer);
  let name: string | null = null;
  let i = 0;
  // At the top of a (nested) machine: expect `States/<name>`.
  while (segments[i] === 'States' && i + 1 < segments.length) {
    name = segments[i + 1];
    i += 2;
    // Inside a state: the only ways further down into another machine.
    const field = segments[i];
    if (field === 'Branches' && /^\d+$/.test(segments[i + 1] ?? '')) i += 2;
    else if (field === 'ItemProcessor' || field === 'Iterator') i += 1;
    else break;
  }
  return name;
}
