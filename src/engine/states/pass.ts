/**
 * Pass: JSONPath InputPath -> Parameters -> Result -> ResultPath -> OutputPath (Assign reads the
 * result); JSONata: Output (default: the input) and Assign.
 */
import type { JsonObject, JsonValue, PassState } from '../../asl/types';
import { compileAssign, compileFilterPath, compilePayload, compileResultPathField } from '../compile/jsonpath';
import { assignAndOutput, compileField } from '../compile/jsonata';
import { done, failWith, inspect, settle } from '../compile/flow';
import type { Runner, StateBuild } from './build';

/** Compiles a Pass state. */
export function compilePass(b: StateBuild): Runner {
  const def = b.state.def as PassState;
  if (b.state.jsonata) {
    const assign = compileField(def.Assign, 'Assign');
    const output = compileField(def.Output, 'Output');
    return (t) => settle(t, assignAndOutput(t, assign, output, t.input));
  }
  const inputPath = compileFilterPath(def.InputPath);
  const parameters = compilePayload(def.Parameters, 'Parameters');
  const hasResult = def.Result !== undefined;
  const fixed: JsonValue = def.Result ?? null;
  const assign = compileAssign(def.Assign as JsonObject | undefined);
  const resultPath = compileResultPathField(def.ResultPath);
  const outputPath = compileFilterPath(def.OutputPath);
  return (t) => {
    try {
      let result: JsonValue = inputPath === null ? t.input : inputPath(t.input, t);
      inspect(t, 'afterInputPath', result);
      if (parameters !== null) {
        result = parameters(result, t);
        inspect(t, 'afterParameters', result);
      }
      if (hasResult) result = fixed;
      inspect(t, 'result', result);
      const assigned = assign === null ? null : assign(result, t);
      let out = resultPath(t.input, result);
      inspect(t, 'afterResultPath', out);
      if (outputPath !== null) out = outputPath(out, t);
      return done(t, out, assigned);
    } catch (e) {
      return failWith(t, e);
    }
  };
}
