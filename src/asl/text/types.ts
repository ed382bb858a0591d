import type { Place } from '../serialize/canonicalEntries';
import type { JsonValue } from '../types';

/**
 * One replacement in a text, by UTF-16 offsets into the text it applies to (Monaco: convert with
 * `model.getPositionAt` and hand every edit of an update to one `pushEditOperations` call).
 */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * The new text and the edits that turn the old text into it. The edits are all relative to the
 * OLD text, sorted by offset and neither overlapping nor touching, so they can be applied in one
 * batch (Monaco) or from last to first (`applyEdits`).
 */
export interface TextUpdate {
  text: string;
  edits: TextEdit[];
  /** True when the text could not be edited in place and was written anew (one edit for it all). */
  fullRewrite?: true;
}

/** A step of a path into a definition: an object key or an array index. */
export type Segment = string | number;

/** The value at `path` (keys and indices of the OLD value) becomes `value`. */
export interface SetChange {
  path: Segment[];
  value: JsonValue;
  place: Place | undefined;
}

/** New keys of an object, written after the old key `after` (null: before every kept key). */
export interface KeyInsert {
  after: string | null;
  entries: [key: string, value: JsonValue][];
}

/** Key-level changes of one object (at `path` in the OLD value). */
export interface ObjectChange {
  path: Segment[];
  /** Where the object sits, which orders new keys (see serialize/keyOrder). */
  place: Place | undefined;
  removes: string[];
  renames: { from: string; to: string }[];
  inserts: KeyInsert[];
}

/** New items of an array, written after the old index `after` (-1: at the front). */
export interface ItemInsert {
  after: number;
  values: JsonValue[];
}

/** Length changes of one array (at `path` in the OLD value); `place` is its items' place. */
export interface ArrayChange {
  path: Segment[];
  place: Place | undefined;
  /** Old indices, ascending. */
  removes: number[];
  inserts: ItemInsert[];
}

/** Everything that differs between two definitions, addressed in the old one. */
export interface ChangeSet {
  sets: SetChange[];
  objects: ObjectChange[];
  arrays: ArrayChange[];
  /** Number of elementary changes (sets, removed/renamed/inserted keys and items). */
  size: number;
}

/** Thrown by a format's editor when the text does not look like the value it should hold. */
export class NotEditable extends Error {}
