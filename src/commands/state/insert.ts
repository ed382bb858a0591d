import { insertState, uniqueStateName } from '../../asl/ops';
import type { InsertAt } from '../../asl/ops';
import type { StateTemplate } from '../../catalog';
import { queryLanguageAt } from '../queryLanguageAt';
import type { Command } from '../types';

export interface InsertStateArgs {
  /** What to insert: a catalog item's template (it is written in the query language of the place). */
  template: StateTemplate;
  at: InsertAt;
}

/** Inserts one new state where it was dropped and wires it in (Workflow Studio naming: `Pass`, `Pass (1)`...). */
export const insertStateCommand: Command<InsertStateArgs> = {
  id: 'state.insert',
  label: ({ template }) => `Add ${template.baseName}`,
  apply: (definition, { template, at }) =>
    insertState(definition, {
      name: uniqueStateName(definition, template.baseName),
      state: template.build(queryLanguageAt(definition, at)),
      at,
    }),
};
