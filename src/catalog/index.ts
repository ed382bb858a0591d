/**
 * The catalog of the states browser: Flow states, AWS service Actions and multi-state Patterns.
 * Pure data (plus the functions that turn an item into states): the browser lists it, the canvas
 * inserts from it, the inspector can look up which integration a Task's Resource is.
 */
import { ACTIONS } from './actions';
import { FLOW } from './flow';
import { PATTERNS } from './patterns';
import { SERVICES } from './services';
import type { ActionItem, CatalogItem, CatalogTab } from './types';

export { ACTIONS, FLOW, PATTERNS, SERVICES };
export { PATTERN_EXIT } from './types';
export type { ActionItem, CatalogItem, CatalogTab, FlowItem, PatternItem, StateTemplate } from './types';
export type { ServiceStyle } from './services';
export { actionTemplate, flowTemplate, templateOf } from './templates';
export { pathToJsonata, toArguments } from './toJsonata';
export { CATALOG_ITEM_MIME, STATE_MOVE_MIME } from './dnd';

/** Every item, tab by tab in the order the browser shows them. */
export const CATALOG: readonly CatalogItem[] = [...ACTIONS, ...FLOW, ...PATTERNS];

const byId = new Map(CATALOG.map((item) => [item.id, item]));

/** The item with this id. */
export function findCatalogItem(id: string): CatalogItem | undefined {
  return byId.get(id);
}

/** The action whose Resource is exactly `resource` (the inspector's "which integration is this?"). */
export function findAction(resource: string): ActionItem | undefined {
  return ACTIONS.find((a) => a.resource === resource);
}

/** The heading an item is listed under: its service for actions, else its tab. */
export function groupOf(item: CatalogItem): string {
  if (item.tab === 'actions') return SERVICES[item.service]?.name ?? item.service;
  return item.tab === 'flow' ? 'Flow' : 'Patterns';
}

/**
 * The items of `tab` matching `query`: every word of the query must start a word of (or, from three
 * letters, occur in) the item's title, group, action or keywords (so "dynamo" finds DynamoDB actions, not a pattern that happens to mention
 * a table in its description). An empty query matches everything.
 */
export function searchCatalog(query: string, tab?: CatalogTab): CatalogItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return CATALOG.filter((item) => {
    if (tab && item.tab !== tab) return false;
    if (words.length === 0) return true;
    const haystack = [item.title, groupOf(item), item.tab === 'actions' ? item.action : '', ...(item.keywords ?? [])].join(' ').toLowerCase();
    const starts = new Set(haystack.split(/[^a-z0-9]+/).filter(Boolean));
    return words.every((w) => [...starts].some((s) => s.startsWith(w)) || (w.length >= 3 && haystack.includes(w)));
  });
}

/** The tabs in order, with their labels. */
export const CATALOG_TABS: readonly { id: CatalogTab; label: string }[] = [
  { id: 'actions', label: 'Actions' },
  { id: 'flow', label: 'Flow' },
  { id: 'patterns', label: 'Patterns' },
];
