/** What every semantic rule receives. */
import type { Model } from '../model';
import type { Reporter } from '../Reporter';

export interface RuleContext {
  model: Model;
  reporter: Reporter;
  /** The workflow type the definition is validated for. */
  workflowType: 'STANDARD' | 'EXPRESS';
}

/** A semantic rule: reads the model, reports findings, never throws on odd input. */
export type Rule = (ctx: RuleContext) => void;
