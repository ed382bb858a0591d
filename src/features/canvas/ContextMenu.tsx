import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One entry of the canvas context menu. */
export interface MenuItem {
  label: string;
  /** Shown at the right, e.g. `Ctrl+D`. */
  shortcut?: string;
  disabled?: boolean;
  /** Why it is disabled (a tooltip). */
  reason?: string;
  danger?: boolean;
  onSelect?: () => void;
  submenu?: MenuItem[];
}

interface ContextMenuProps {
  x: number;
  y: number;
  label: string;
  items: MenuItem[];
  onClose: () => void;
}

const ITEM = '[role="menuitem"]:not([aria-disabled="true"])';

function move(container: HTMLElement | null, delta: number | 'first' | 'last'): void {
  const items = [...(container?.querySelectorAll<HTMLElement>(`:scope > ${ITEM}`) ?? [])];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = delta === 'first' ? 0 : delta === 'last' ? items.length - 1 : (at + delta + items.length) % items.length;
  items[next].focus();
}

/** A list of menu items; a submenu opens to the right on hover, click or ArrowRight. */
function MenuList({ items, label, onClose, onBack, style }: { items: MenuItem[]; label: string; onClose: () => void; onBack?: () => void; style?: React.CSSProperties }) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => move(ref.current, 'first'), []);
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(ref.current, 1),
      ArrowUp: () => move(ref.current, -1),
      Home: () => move(ref.current, 'first'),
      End: () => move(ref.current, 'last'),
      Escape: () => (onBack ? onBack() : onClose()),
      ArrowLeft: () => onBack?.(),
      Tab: () => onClose(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={label} style={style} onKeyDown={onKeyDown}>
      {items.map((item, i) => {
        const activate = () => {
          if (item.disabled) return;
          if (item.submenu) setOpen(i);
          else {
            onClose();
            item.onSelect?.();
          }
        };
        return (
          <div
            key={item.label}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled || undefined}
            aria-haspopup={item.submenu ? 'menu' : undefined}
            aria-expanded={item.submenu ? open === i : undefined}
            title={item.disabled ? item.reason : undefined}
            className={`context-menu__item${item.danger ? ' context-menu__item--danger' : ''}`}
            onClick={(event) => {
              event.stopPropagation();
              activate();
            }}
            onMouseEnter={() => setOpen(item.submenu && !item.disabled ? i : null)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ' || (event.key === 'ArrowRight' && item.submenu)) {
                event.preventDefault();
                event.stopPropagation();
                activate();
              }
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd className="context-menu__shortcut">{item.shortcut}</kbd>}
            {item.submenu && <span className="context-menu__arrow" aria-hidden>▸</span>}
            {item.submenu && open === i && (
              <MenuList
                items={item.submenu}
                label={item.label}
                onClose={onClose}
                onBack={() => {
                  setOpen(null);
                  move(ref.current, 'first');
                }}
                style={{ position: 'absolute', left: '100%', top: -5 }}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The canvas's right-click menu, at the pointer. Escape, Tab, a click elsewhere, scrolling or
 * leaving the window closes it; arrow keys move through it (WAI-ARIA menu pattern).
 */
export function ContextMenu({ x, y, label, items, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ x, y });
  useLayoutEffect(() => {
    // Keep the menu on screen when it opens near the right or bottom edge.
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setPos({ x: Math.min(x, window.innerWidth - box.width - 8), y: Math.min(y, window.innerHeight - box.height - 8) });
  }, [x, y]);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('wheel', onClose, { passive: true });
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('wheel', onClose);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="context-menu-layer" style={{ left: pos.x, top: pos.y }} onContextMenu={(e) => e.preventDefault()}>
      <MenuList items={items} label={label} onClose={onClose} />
    </div>
  );
}
