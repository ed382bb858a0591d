/**
 * Editing a few keys of a nested object (Credentials, ReaderConfig, WriterConfig, a Choice rule)
 * as one value, so a form edit is one command: keys keep their place, removed keys go, and an
 * object left empty goes too, so clearing the last field of a block clears the block.
 */
import type { FieldPath } from '../../../asl/ops';
import type { JsonValue } from '../../../asl/types';
import { isRecord } from './isRecord';

/** Changes to some keys of an object: `undefined` removes a key. */
export type KeyChanges = Readonly<Record<string, JsonValue | undefined>>;

/**
 * `current` with `changes` applied: changed keys stay where they were, new keys go last, and the
 * result is `undefined` when no key is left. A value that is not an object (half-typed text) is
 * treated as an empty object.
 * @example withKeys({ RoleArn: 'a' }, { RoleArn: undefined }) // undefined
 */
export function withKeys(current: JsonValue | undefined, changes: KeyChanges): { [key: string]: JsonValue } | undefined {
  const base: Record<string, JsonValue> = isRecord(current) ? current : {};
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(base)) {
    const next = Object.prototype.hasOwnProperty.call(changes, key) ? changes[key] : value;
    if (next !== undefined) out[key] = next;
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && !Object.prototype.hasOwnProperty.call(base, key)) out[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * `withKeys` one level down: sets keys of the object at `key` inside `current` (ReaderConfig inside
 * ItemReader...), removing that object, and then `current` itself, when they are left empty.
 * @example withNestedKeys({ WriterConfig: { OutputType: 'JSON' } }, 'WriterConfig', { OutputType: undefined }) // undefined
 */
export function withNestedKeys(current: JsonValue | undefined, key: string, changes: KeyChanges): { [key: string]: JsonValue } | undefined {
  const inner = isRecord(current) ? (current as Record<string, JsonValue>)[key] : undefined;
  return withKeys(current, { [key]: withKeys(inner, changes) });
}

/**
 * Field changes addressed by key path (`['Credentials', 'RoleArn']`, as ValueOrPathField makes
 * them) as changes to the keys of the object they sit in.
 * @example keyChanges([{ path: ['Credentials', 'RoleArn'], value: 'arn' }]) // { RoleArn: 'arn' }
 */
export function keyChanges(changes: readonly { path: FieldPath; value: JsonValue | undefined }[]): KeyChanges {
  return Object.fromEntries(changes.map(({ path, value }) => [typeof path === 'string' ? path : String(path[path.length - 1]), value]));
}
