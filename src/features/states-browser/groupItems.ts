import { ACTIONS, CATALOG_TABS, SERVICES, searchCatalog, type CatalogItem, type CatalogTab } from '../../catalog';

/** A heading and the items under it, each with the text shown for it. */
export interface ItemGroup {
  id: string;
  heading: string;
  items: { item: CatalogItem; text: string }[];
}

const SERVICE_ORDER = Object.keys(SERVICES);

/** The Actions tab: one group per service, in the catalog's service order, items shown by action. */
function byService(items: readonly CatalogItem[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const service of SERVICE_ORDER) groups.set(service, { id: `service:${service}`, heading: SERVICES[service].name, items: [] });
  for (const item of items) {
    if (item.tab !== 'actions') continue;
    groups.get(item.service)?.items.push({ item, text: item.service === 'activity' || item.service === 'http' ? item.title : item.action });
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

/**
 * What the list shows: without a query, the open tab (Actions grouped by service); with one,
 * the matches of every tab, grouped by tab (actions then carry their service in their text).
 */
export function groupItems(tab: CatalogTab, query: string): ItemGroup[] {
  if (query.trim() === '') {
    const items = searchCatalog('', tab);
    if (tab === 'actions') return byService(items);
    return [{ id: tab, heading: '', items: items.map((item) => ({ item, text: item.title })) }];
  }
  return CATALOG_TABS.map(({ id, label }) => ({
    id,
    heading: label,
    items: searchCatalog(query, id).map((item) => ({ item, text: item.title })),
  })).filter((g) => g.items.length > 0);
}

/** Number of actions, for the tab's badge. */
export const ACTION_COUNT = ACTIONS.length;
