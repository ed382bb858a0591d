import { useCanvasDrag } from './dragStore';
import { GroupDropZone } from './GroupDropZone';

/** An empty workflow: one big drop target in the middle of the canvas, and how to fill it. */
export function EmptyCanvas() {
  const dragging = useCanvasDrag((s) => s.drag !== null);
  return (
    <div className={`empty-canvas${dragging ? ' empty-canvas--dragging' : ''}`}>
      <GroupDropZone id="__empty__" at={{ emptyMachine: true }} label="Insert the first state" hint="Drag a state here from the states browser, or select one there and press Enter" />
    </div>
  );
}
