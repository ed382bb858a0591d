import type { InsertAt } from '../../asl/ops';
import { useDropZone } from './useDropZone';

/** The drop target filling an empty Parallel branch, an empty Map processor or an empty canvas. */
export function GroupDropZone({ id, at, label, hint }: { id: string; at: InsertAt; label: string; hint: string }) {
  const { hovered, handlers } = useDropZone(id, at);
  return (
    <div className={`group-drop${hovered ? ' group-drop--hover' : ''}`} role="button" aria-label={label} data-testid="drop-zone" {...handlers}>
      <span className="group-drop__plus" aria-hidden>+</span>
      <span className="group-drop__hint">{hint}</span>
    </div>
  );
}
