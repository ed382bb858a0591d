import type { SelectedState } from '../useSelectedState';
import type { StateEdit } from '../useEdit';

/** What every per-type configuration form receives. */
export interface ConfigProps {
  selected: SelectedState;
  edit: StateEdit;
}
