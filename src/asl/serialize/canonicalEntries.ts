import type { JsonObject, JsonValue } from '../types';
import {
  CATCHER_ORDER, CHOICE_RULE_ORDER, FRAGMENT_ORDER, ITEM_BATCHER_ORDER, ITEM_READER_ORDER, MACHINE_ORDER,
  PROCESSOR_CONFIG_ORDER, READER_CONFIG_ORDER, RESULT_WRITER_ORDER, RETRIER_ORDER, WRITER_CONFIG_ORDER, stateOrder,
} from './keyOrder';
import type { KeyOrder } from './keyOrder';

/**
 * Where an object sits in a definition, which decides how its keys are ordered. `undefined` is a
 * payload (Parameters, Arguments, Result, Assign, ...) or anything unknown: its keys, and all of
 * its contents, keep the user's order.
 */
export type Place =
  | 'machine' | 'fragment' | 'states' | 'state' | 'retrier' | 'catcher' | 'choiceRule'
  | 'itemReader' | 'readerConfig' | 'itemBatcher' | 'resultWriter' | 'writerConfig' | 'processorConfig';

/** Where a field's value sits: `items` when the field holds an array of such objects. */
interface Child {
  place: Place;
  items?: true;
}

const MACHINE_CHILDREN: Record<string, Child> = { States: { place: 'states' }, ProcessorConfig: { place: 'processorConfig' } };

const STATE_CHILDREN: Record<string, Child> = {
  Branches: { place: 'fragment', items: true },
  ItemProcessor: { place: 'fragment' },
  Iterator: { place: 'fragment' },
  Retry: { place: 'retrier', items: true },
  Catch: { place: 'catcher', items: true },
  Choices: { place: 'choiceRule', items: true },
  ItemReader: { place: 'itemReader' },
  ItemBatcher: { place: 'itemBatcher' },
  ResultWriter: { place: 'resultWriter' },
};

const CHILDREN: Partial<Record<Place, Record<string, Child>>> = {
  machine: MACHINE_CHILDREN,
  fragment: MACHINE_CHILDREN,
  state: STATE_CHILDREN,
  choiceRule: { And: { place: 'choiceRule', items: true }, Or: { place: 'choiceRule', items: true }, Not: { place: 'choiceRule' } },
  itemReader: { ReaderConfig: { place: 'readerConfig' } },
  resultWriter: { WriterConfig: { place: 'writerConfig' } },
};

const ORDERS: Partial<Record<Place, KeyOrder>> = {
  machine: MACHINE_ORDER,
  fragment: FRAGMENT_ORDER,
  retrier: RETRIER_ORDER,
  catcher: CATCHER_ORDER,
  choiceRule: CHOICE_RULE_ORDER,
  itemReader: ITEM_READER_ORDER,
  readerConfig: READER_CONFIG_ORDER,
  itemBatcher: ITEM_BATCHER_ORDER,
  resultWriter: RESULT_WRITER_ORDER,
  writerConfig: WRITER_CONFIG_ORDER,
  processorConfig: PROCESSOR_CONFIG_ORDER,
};

/**
 * One key of an object in canonical order, with the place of its value (for an array: of its
 * items; undefined: keep as is).
 */
export type Entry = [key: string, value: JsonValue, place: Place | undefined];

const ranks = new WeakMap<KeyOrder, Map<string, number>>();

function rankOf(keyOrder: KeyOrder): Map<string, number> {
  let rank = ranks.get(keyOrder);
  if (!rank) {
    rank = new Map(keyOrder.head.map((key, i) => [key, i]));
    keyOrder.tail.forEach((key, i) => rank!.set(key, keyOrder.head.length + 1 + i));
    ranks.set(keyOrder, rank);
  }
  return rank;
}

/** A document that is an object is a state machine; anything else has no place. */
export function rootPlace(value: JsonValue): Place | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? 'machine' : undefined;
}

/**
 * The entries of an object in canonical order for its place: known keys by the table, unknown
 * keys in their original order between the head and the tail. A states map keeps the user's
 * order of states; a payload keeps everything.
 */
export function canonicalEntries(object: JsonObject, place: Place | undefined): Entry[] {
  const keys = Object.keys(object);
  if (place === 'states') return keys.map((key) => [key, object[key], 'state']);
  const keyOrder = place === 'state' ? stateOrder(object.Type) : place && ORDERS[place];
  const ordered = keyOrder ? sortKeys(keys, rankOf(keyOrder), keyOrder.head.length) : keys;
  const children = place && CHILDREN[place];
  return ordered.map((key) => [key, object[key], childPlace(children?.[key], object[key])]);
}

// An array field (Branches, Retry...) gets the place of its items. A value of the wrong shape (an
// object where the spec wants an array) gets none and is written as the user wrote it.
function childPlace(child: Child | undefined, value: JsonValue): Place | undefined {
  if (!child || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value) !== Boolean(child.items)) return undefined;
  return child.place;
}

function sortKeys(keys: string[], rank: Map<string, number>, unknownRank: number): string[] {
  const ranked = keys.map((key, index) => ({ key, index, rank: rank.get(key) ?? unknownRank }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((entry) => entry.key);
}
