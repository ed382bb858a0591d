/** Catalog items as the states they become where they are dropped. */
import { newState } from '../asl/ops';
import type { JsonValue, State, TaskState } from '../asl/types';
import { pathToJsonata, toArguments } from './toJsonata';
import type { ActionItem, CatalogItem, FlowItem, StateTemplate } from './types';

/** The Task an action becomes: JSONPath `Parameters`/`OutputPath`, or JSONata `Arguments`/`Output`. */
export function actionTemplate(item: ActionItem): StateTemplate {
  return {
    baseName: item.title,
    build: (ql) => {
      const task: TaskState = { Type: 'Task', Resource: item.resource };
      if (item.parameters) {
        if (ql === 'JSONata') task.Arguments = toArguments(item.parameters);
        else task.Parameters = structuredClone(item.parameters);
      }
      if (item.outputPath) {
        if (ql === 'JSONata') task.Output = `{% ${pathToJsonata(item.outputPath, 'result')} %}`;
        else task.OutputPath = item.outputPath;
      }
      // Deep copies: a dropped state must not share objects with the catalog (or another drop).
      for (const [key, value] of Object.entries(item.extra ?? {})) (task as unknown as Record<string, JsonValue>)[key] = structuredClone(value as JsonValue);
      return task;
    },
  };
}

/** The state a flow item becomes: Workflow Studio's defaults for its type. */
export function flowTemplate(item: FlowItem): StateTemplate {
  return { baseName: item.stateType, build: (): State => newState(item.stateType) };
}

/** The template of a single-state item (undefined for patterns). */
export function templateOf(item: CatalogItem): StateTemplate | undefined {
  if (item.tab === 'actions') return actionTemplate(item);
  if (item.tab === 'flow') return flowTemplate(item);
  return undefined;
}
