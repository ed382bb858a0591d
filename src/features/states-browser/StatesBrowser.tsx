import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StateMachine } from '../../asl/types';
import { CATALOG_TABS, type CatalogItem, type CatalogTab } from '../../catalog';
import { defaultInsertAt } from '../../commands/insertionPoint';
import { insertCatalogItem } from '../../commands/insertCatalogItem';
import { useStudio } from '../../store';
import { BrowserItem } from './BrowserItem';
import { groupItems } from './groupItems';
import './statesBrowser.css';

/** Inserts an item where Enter puts it: after the selected state, else at the end of the workflow. */
function insertFromKeyboard(item: CatalogItem): void {
  const { definition, selected } = useStudio.getState();
  const def = definition !== null && typeof definition === 'object' && !Array.isArray(definition) ? (definition as unknown as StateMachine) : { StartAt: '', States: {} };
  insertCatalogItem(item, defaultInsertAt(def, selected));
}

/** The states browser: Actions, Flow and Patterns to drag onto the canvas, one search over all of them. */
export function StatesBrowser() {
  const [tab, setTab] = useState<CatalogTab>('actions');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searching = query.trim() !== '';
  const groups = useMemo(() => groupItems(tab, query), [tab, query]);
  const flat = useMemo(() => groups.flatMap((g) => g.items.map((i) => i.item.id)), [groups]);
  const tabStop = active !== null && flat.includes(active) ? active : flat[0];

  const focusItem = useCallback((id: string | undefined) => {
    if (id === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
  }, []);

  const onKeyNav = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      const at = flat.indexOf(event.currentTarget.dataset.itemId ?? '');
      const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: flat.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      focusItem(flat[Math.max(0, Math.min(flat.length - 1, moves[event.key]))]);
    },
    [flat, focusItem],
  );

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = CATALOG_TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = CATALOG_TABS[(at + step + CATALOG_TABS.length) % CATALOG_TABS.length];
    setTab(next.id);
    document.getElementById(`states-tab-${next.id}`)?.focus();
  };

  return (
    <nav className="states-browser" aria-label="States browser">
      <div className="states-browser__head">
        <div className="states-browser__search">
          <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><circle cx="11" cy="11" r="6.5" /><path d="m16 16 4.5 4.5" /></svg>
          <input
            type="search"
            aria-label="Search states"
            placeholder="Search states"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                setQuery('');
              } else if (event.key === 'ArrowDown') {
                event.preventDefault();
                focusItem(tabStop);
              }
            }}
          />
        </div>
        <div className="states-browser__tabs" role="tablist" aria-label="State categories">
          {CATALOG_TABS.map((t) => (
            <button
              key={t.id}
              id={`states-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={!searching && tab === t.id}
              aria-controls="states-panel"
              tabIndex={tab === t.id ? 0 : -1}
              className={`states-browser__tab${tab === t.id && !searching ? ' is-active' : ''}`}
              onClick={() => {
                setTab(t.id);
                setQuery('');
              }}
              onKeyDown={onTabKey}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div
        ref={listRef}
        id="states-panel"
        className="states-browser__list"
        role="tabpanel"
        aria-label={searching ? `Results for ${query}` : CATALOG_TABS.find((t) => t.id === tab)?.label}
      >
        {groups.length === 0 && <p className="states-browser__empty">No states match “{query}”.</p>}
        {groups.map((group) => (
          <section key={group.id} className="states-browser__group" aria-label={group.heading || undefined}>
            {group.heading && <h3 className="states-browser__heading">{group.heading}</h3>}
            <ul className="states-browser__items">
              {group.items.map(({ item, text }) => (
                <BrowserItem key={item.id} item={item} text={text} tabbable={item.id === tabStop} onInsert={insertFromKeyboard} onFocusItem={setActive} onKeyNav={onKeyNav} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="states-browser__hint">Drag onto the canvas, or press Enter to add after the selected state.</p>
    </nav>
  );
}
