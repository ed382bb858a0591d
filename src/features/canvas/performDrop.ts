import type { InsertAt } from '../../asl/ops';
import { CATALOG_ITEM_MIME, STATE_MOVE_MIME, findCatalogItem } from '../../catalog';
import { executeCommand } from '../../commands/execute';
import { insertCatalogItem } from '../../commands/insertCatalogItem';
import { moveStateCommand } from '../../commands/state/move';
import { useStudio } from '../../store';

/** True when a drag carries something the canvas can drop. */
export function isCanvasDrag(dataTransfer: DataTransfer | null): boolean {
  const types = dataTransfer?.types ?? [];
  return types.includes(CATALOG_ITEM_MIME) || types.includes(STATE_MOVE_MIME);
}

/** Runs the edit a drop asks for: move the dragged state, or insert the dragged item, at `at`. */
export function performDrop(dataTransfer: DataTransfer, at: InsertAt): void {
  const moving = dataTransfer.getData(STATE_MOVE_MIME);
  if (moving) {
    const outcome = executeCommand(moveStateCommand, { name: moving, to: at });
    if (outcome.ok) useStudio.getState().select(moving, 'canvas');
    return;
  }
  const item = findCatalogItem(dataTransfer.getData(CATALOG_ITEM_MIME));
  if (item) insertCatalogItem(item, at);
}
