/** What the states browser offers: single states (Flow, Actions) and multi-state patterns. */
import type { JsonObject, QueryLanguage, State, StateMachineFragment, StateType } from '../asl/types';

/** The tabs of the states browser, in the order they are shown. */
export type CatalogTab = 'actions' | 'flow' | 'patterns';

interface ItemBase {
  /** Stable id, e.g. `flow:Pass`, `action:dynamodb-getItem`, `pattern:poll-until-done`. */
  id: string;
  tab: CatalogTab;
  /** What the item is called in the browser and in its tooltip heading. */
  title: string;
  /** One or two sentences shown on hover. */
  description: string;
  /** Extra words the search matches besides the title and group. */
  keywords?: readonly string[];
}

/** A flow-control state: Pass, Choice, Parallel, Map, Wait, Succeed, Fail. */
export interface FlowItem extends ItemBase {
  tab: 'flow';
  stateType: StateType;
}

/** An AWS service integration, dropped as one Task state. */
export interface ActionItem extends ItemBase {
  tab: 'actions';
  /** Key into {@link SERVICES}: groups the list and gives the icon and colour. */
  service: string;
  /** The action as printed under the service heading, e.g. `GetItem`. */
  action: string;
  /** The Task's Resource ARN. */
  resource: string;
  /** The default payload as JSONPath `Parameters`; JSONata documents get it as `Arguments`. */
  parameters?: JsonObject;
  /** JSONPath OutputPath (Lambda's `$.Payload`); JSONata documents get the matching `Output`. */
  outputPath?: string;
  /** Other fields of the Task (TimeoutSeconds, Retry...), the same in both query languages. */
  extra?: Partial<Record<'TimeoutSeconds' | 'HeartbeatSeconds' | 'Retry', unknown>>;
}

/**
 * A building block of several states, dropped as a unit. Its fragment names {@link PATTERN_EXIT} as
 * the `Next` of the states that continue to whatever followed the drop point.
 */
export interface PatternItem extends ItemBase {
  tab: 'patterns';
  /** The states, written for the query language in effect where the pattern is dropped. */
  build: (queryLanguage: QueryLanguage) => StateMachineFragment;
}

export type CatalogItem = FlowItem | ActionItem | PatternItem;

/** Something that becomes one state where it is dropped. */
export interface StateTemplate {
  /** The new state's name before it is made unique (`Lambda Invoke`, `Lambda Invoke (1)`...). */
  baseName: string;
  build: (queryLanguage: QueryLanguage) => State;
}

/**
 * The reserved `Next` of a pattern's exit states: replaced by the state that followed the drop point
 * (or by `End: true` when nothing did). Not a valid state name for users to collide with: it holds
 * characters no sensible name uses.
 */
export const PATTERN_EXIT = '\u0000exit';
