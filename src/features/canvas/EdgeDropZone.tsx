import type { InsertAt } from '../../asl/ops';
import { useDropZone } from './useDropZone';

interface EdgeDropZoneProps {
  id: string;
  at: InsertAt;
  x: number;
  y: number;
  /** Accessible name: where a drop here goes ("Insert between A and B"). */
  label: string;
}

/** The "+" target drawn on an edge while a state is dragged; dropping on it inserts there. */
export function EdgeDropZone({ id, at, x, y, label }: EdgeDropZoneProps) {
  const { hovered, handlers } = useDropZone(id, at);
  return (
    <g
      className={`drop-zone${hovered ? ' drop-zone--hover' : ''}`}
      transform={`translate(${x} ${y})`}
      role="button"
      aria-label={label}
      data-testid="drop-zone"
      {...handlers}
    >
      {/* A generous, invisible hit area: the only part that takes pointer events. */}
      <circle className="drop-zone__hit" r={18} />
      <circle className="drop-zone__ring" r={11} />
      <path className="drop-zone__plus" d="M-5 0h10M0 -5v10" />
    </g>
  );
}
