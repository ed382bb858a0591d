import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { CATALOG_ITEM_MIME, type CatalogItem } from '../../catalog';
import { ItemIcon } from './ItemIcon';

interface BrowserItemProps {
  item: CatalogItem;
  /** Text shown on the item (an action under its service heading shows just the action). */
  text: string;
  /** Whether the item is the list's one tab stop (roving tabindex). */
  tabbable: boolean;
  onInsert: (item: CatalogItem) => void;
  onFocusItem: (id: string) => void;
  onKeyNav: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * One draggable entry of the states browser. Drag it onto the canvas, double-click it, or press
 * Enter on it to insert it after the selected state (or at the end of the workflow).
 */
export const BrowserItem = memo(function BrowserItem({ item, text, tabbable, onInsert, onFocusItem, onKeyNav }: BrowserItemProps) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(CATALOG_ITEM_MIME, item.id);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const showDescription = item.tab !== 'actions';
  return (
    <li className="browser-item-row">
      <button
        type="button"
        className={`browser-item browser-item--${item.tab}`}
        draggable
        onDragStart={onDragStart}
        data-item-id={item.id}
        aria-label={item.title}
        aria-describedby={`${item.id}-desc`}
        title={`${item.title}\n${item.description}\nDrag onto the canvas, or press Enter to add it after the selected state.`}
        tabIndex={tabbable ? 0 : -1}
        onFocus={() => onFocusItem(item.id)}
        onDoubleClick={() => onInsert(item)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onInsert(item);
          } else onKeyNav(event);
        }}
      >
        <ItemIcon item={item} />
        <span className="browser-item__text">
          <span className="browser-item__title">{text}</span>
          <span id={`${item.id}-desc`} className={showDescription ? 'browser-item__desc' : 'visually-hidden'}>
            {item.description}
          </span>
        </span>
        <span className="browser-item__grip" aria-hidden>⋮⋮</span>
      </button>
    </li>
  );
});
