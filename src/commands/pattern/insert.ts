import type { InsertAt } from '../../asl/ops';
import type { PatternItem } from '../../catalog';
import { insertFragment } from '../insertFragment';
import type { Command } from '../types';

export interface InsertPatternArgs {
  pattern: Pick<PatternItem, 'title' | 'build'>;
  at: InsertAt;
}

/** Drops a whole pattern (several states, wired) as one edit and so one undo step. */
export const insertPatternCommand: Command<InsertPatternArgs> = {
  id: 'pattern.insert',
  label: ({ pattern }) => `Add pattern ${pattern.title}`,
  apply: (definition, { pattern, at }) => insertFragment(definition, pattern.build, at),
};
