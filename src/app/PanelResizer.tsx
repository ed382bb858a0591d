import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStudio } from '../store';

const MIN = 180;
const MAX = 640;
const DEFAULT = { browser: 260, inspector: 360 } as const;
const NAMES = { browser: 'states browser', inspector: 'inspector' } as const;

/**
 * The drag handle on a side panel's inner border. Arrow keys resize it too (Shift for bigger
 * steps), Home/End go to the limits, a double click restores the default width.
 */
export function PanelResizer({ panel }: { panel: 'browser' | 'inspector' }) {
  const width = useStudio((s) => (panel === 'browser' ? s.browserWidth : s.inspectorWidth));
  const setWidth = useStudio((s) => s.setPanelWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // Dragging right widens the left panel and narrows the right one.
  const sign = panel === 'browser' ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(panel, drag.current.width + sign * (event.clientX - drag.current.x));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    const next =
      event.key === 'ArrowRight' ? width + sign * step
      : event.key === 'ArrowLeft' ? width - sign * step
      : event.key === 'Home' ? MIN
      : event.key === 'End' ? MAX
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setWidth(panel, next);
  };

  return (
    <div
      className={`panel-resizer panel-resizer--${panel}`}
      style={panel === 'browser' ? { left: width } : { right: width }}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${NAMES[panel]}`}
      aria-valuenow={width}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      tabIndex={0}
      title="Drag to resize, double-click to reset"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => setWidth(panel, DEFAULT[panel])}
      onKeyDown={onKeyDown}
    />
  );
}
