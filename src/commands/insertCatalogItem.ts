import { allStateNames } from '../asl/ops';
import type { InsertAt } from '../asl/ops';
import type { StateMachine } from '../asl/types';
import { templateOf, type CatalogItem } from '../catalog';
import { useStudio } from '../store';
import { executeCommand } from './execute';
import { insertPatternCommand } from './pattern/insert';
import { insertStateCommand } from './state/insert';

/**
 * Inserts a states-browser item at `at` (one state, or a whole pattern as one undo step) and
 * selects the first new state. Returns its name, or undefined when the edit was refused (the
 * reason is shown as a notice).
 */
export function insertCatalogItem(item: CatalogItem, at: InsertAt): string | undefined {
  const before = useStudio.getState().definition as unknown as StateMachine | undefined;
  const known = new Set(before && typeof before === 'object' ? allStateNames(before) : []);
  const template = templateOf(item);
  const outcome = template
    ? executeCommand(insertStateCommand, { template, at })
    : item.tab === 'patterns'
      ? executeCommand(insertPatternCommand, { pattern: item, at })
      : undefined;
  if (!outcome?.ok) return undefined;
  const added = allStateNames(outcome.definition).filter((n) => !known.has(n));
  // A pattern's states come in the block's order; the first one (its StartAt) is where it begins.
  const first = added[0];
  if (first !== undefined) useStudio.getState().select(first, 'canvas');
  return first;
}
