/** Applies a ChangeSet to a parsed yaml Document, keeping every node it does not change (and so its comments). */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { JsonValue } from '../types';
import { canonicalValue, childPlace } from './places';
import type { Place } from './places';
import { NotEditable } from './types';
import { ScalarStyles } from './yamlScalars';
import type { ChangeSet, Segment } from './types';

/** A node of the document and what holds it. */
interface Slot {
  node: unknown;
  /** The map entry holding it, or the list holding it. */
  holder?: Pair | YAMLSeq;
}

/**
 * Mutates `doc` so it holds the new value. Every path is resolved before anything changes (paths
 * address the old document). Scalars are changed in place, which keeps their quoting and the
 * comment on their line; renamed keys keep their place; new keys and items are created in
 * canonical key order next to their neighbours.
 */
export function applyToDocument(doc: Document, changes: ChangeSet): void {
  const styles = new ScalarStyles();
  const sets = changes.sets.map((change) => ({ change, slot: resolve(doc, change.path) }));
  const objects = changes.objects.map((change) => {
    const map = resolve(doc, change.path).node;
    if (!isMap(map)) throw new NotEditable('not a map');
    return { change, map, pairs: new Map(map.items.map((pair) => [keyOf(pair), pair])) };
  });
  const arrays = changes.arrays.map((change) => {
    const seq = resolve(doc, change.path).node;
    if (!isSeq(seq)) throw new NotEditable('not a list');
    return { change, seq, items: [...seq.items] };
  });

  for (const { change, map, pairs } of objects) {
    const pairOf = (key: string): Pair => pairs.get(key) ?? fail(`no key ${key}`);
    for (const { from, to } of change.renames) {
      const pair = pairOf(from);
      if (isScalar(pair.key)) pair.key.value = to;
      else pair.key = create(doc, to, undefined, styles);
      styles.touch(pair.key);
    }
    const removed = new Set(change.removes.map(pairOf));
    const header = map === doc.contents && map.items.length > 0 && removed.has(map.items[0]) ? commentAbove(map.items[0]) : undefined;
    map.items = map.items.filter((pair) => !removed.has(pair));
    if (header) keepHeader(doc, map, header);
    for (const insert of change.inserts) {
      const at = insert.after === null ? 0 : map.items.indexOf(pairOf(insert.after)) + 1;
      const created = insert.entries.map(([key, value]) => {
        const pair = doc.createPair(key, canonicalValue(value, childPlace({ [key]: value }, change.place, key)), { aliasDuplicateObjects: false });
        styles.touch(pair.key);
        styles.touch(pair.value);
        return pair;
      });
      map.items.splice(at, 0, ...created);
    }
  }
  for (const { change, seq, items } of arrays) {
    const removed = new Set(change.removes.map((i) => (i < items.length ? items[i] : fail('no such item'))));
    seq.items = seq.items.filter((item) => !removed.has(item));
    for (const insert of change.inserts) {
      const at = insert.after < 0 ? 0 : seq.items.indexOf(items[insert.after]) + 1;
      seq.items.splice(at, 0, ...insert.values.map((value) => create(doc, value, change.place, styles)));
    }
  }
  // Last: a replaced list item would no longer be found as the anchor of an insert.
  for (const { change, slot } of sets) setValue(doc, slot, change.value, change.place, styles);
  styles.finish(doc);
}

function commentAbove(pair: Pair): string | undefined {
  return isScalar(pair.key) || isCollection(pair.key) ? pair.key.commentBefore ?? undefined : undefined;
}

/**
 * yaml hangs the comment at the top of a file on the first key when no blank line follows it;
 * removing that key must not take the file's header comment with it.
 */
function keepHeader(doc: Document, map: YAMLMap, header: string): void {
  const first = map.items[0];
  if (first && (isScalar(first.key) || isCollection(first.key))) {
    first.key.commentBefore = first.key.commentBefore ? `${header}\n${first.key.commentBefore}` : header;
  } else {
    doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${header}` : header;
  }
}

function fail(message: string): never {
  throw new NotEditable(message);
}

function create(doc: Document, value: JsonValue, place: Place | undefined, styles: ScalarStyles): Node {
  const node = doc.createNode(canonicalValue(value, place), { aliasDuplicateObjects: false });
  styles.touch(node);
  return node;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null && typeof pair.key.value !== 'object' ? String(pair.key.value) : undefined;
}

/** The node at `path`; refuses aliases, merge keys and repeated keys, whose edits would be guesses. */
function resolve(doc: Document, path: readonly Segment[]): Slot {
  let slot: Slot = { node: doc.contents };
  for (const segment of path) {
    const node = slot.node;
    if (isAlias(node)) fail('an alias');
    if (isMap(node) && typeof segment === 'string') {
      const matches = (node as YAMLMap).items.filter((pair) => keyOf(pair) === segment || keyOf(pair) === '<<');
      if (matches.length !== 1 || keyOf(matches[0]) !== segment) fail(`key ${segment} is missing, repeated or merged`);
      slot = { node: matches[0].value, holder: matches[0] };
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      slot = { node: node.items[segment], holder: node };
    } else {
      fail('the document does not hold the previous value');
    }
  }
  if (isAlias(slot.node)) fail('an alias');
  return slot;
}

/** Replaces the value in `slot`: a scalar in place when it stays a scalar, else a new node keeping the old one's comments. */
function setValue(doc: Document, slot: Slot, value: JsonValue, place: Place | undefined, styles: ScalarStyles): void {
  const old = slot.node;
  if (!slot.holder) fail('the whole document changes');
  if (isScalar(old) && !old.tag && (value === null || typeof value !== 'object')) {
    old.value = value;
    styles.touch(old);
    return;
  }
  const node = create(doc, value, place, styles);
  if (isScalar(old) || isCollection(old)) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
    node.spaceBefore = old.spaceBefore;
    if (isCollection(old) && isCollection(node) && old.flow) node.flow = true;
  }
  if (isPair(slot.holder)) slot.holder.value = node;
  else slot.holder.items[slot.holder.items.indexOf(old)] = node;
}
