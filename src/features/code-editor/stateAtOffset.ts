import type { ParseResult } from '../../asl/parse';
import { childPointer, fromPointer } from '../../asl/pointer';
import type { JsonValue } from '../../asl/types';
import { stateNameAt } from './statePointer';

/**
 * The state whose text holds `offset` (innermost first), or null on the machine's own fields.
 * A cursor on a state's name counts as inside that state, though the name is a key and not
 * part of the state's value.
 */
export function stateAtOffset(parse: ParseResult, offset: number): string | null {
  let pointer = parse.sourceMap.pointerAt(offset);
  const value = valueAt(parse.value, pointer);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      const child = childPointer(pointer, key);
      const range = parse.sourceMap.keyRangeOf(child);
      if (range && offset >= range.start.offset && offset <= range.end.offset) {
        pointer = child;
        break;
      }
    }
  }
  return stateNameAt(pointer);
}

function valueAt(root: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let value = root;
  for (const segment of fromPointer(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Array.isArray(value) ? value[Number(segment)] : value[segment];
  }
  return value;
}
