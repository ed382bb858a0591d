import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface PopoverProps {
  /** Accessible name of the panel (and of the button unless `buttonLabel` is given). */
  label: string;
  buttonLabel?: string;
  /** What the button shows. */
  button: ReactNode;
  buttonClassName?: string;
  title?: string;
  /** `menu`: a list of menuitems moved through with the arrow keys; `dialog`: any controls. */
  role?: 'menu' | 'dialog';
  align?: 'start' | 'end';
  children: (close: () => void) => ReactNode;
}

const FOCUSABLE = 'button:not(:disabled), input, [role="menuitem"], [tabindex="0"]';

/** A button that opens a panel below it; Escape or a click elsewhere closes it. */
export function Popover({ label, buttonLabel, button, buttonClassName, title, role = 'dialog', align = 'start', children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      return;
    }
    if (role !== 'menu' || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const items = [...(panelRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="popover">
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-label={buttonLabel ?? label}
        aria-haspopup={role}
        aria-expanded={open}
        title={title}
        onClick={() => setOpen((o) => !o)}
      >
        {button}
      </button>
      {open && (
        <div ref={panelRef} className={`popover__panel popover__panel--${align}`} role={role} aria-label={label} onKeyDown={onKeyDown}>
          {children(() => close())}
        </div>
      )}
    </div>
  );
}
