/** Succeed: ends its workflow, branch or iteration with the (filtered) input as output. */
import type { SucceedState } from '../../asl/types';
import { compileFilterPath } from '../compile/jsonpath';
import { assignAndOutput, compileField } from '../compile/jsonata';
import { done, failWith, settle } from '../compile/flow';
import type { Runner, StateBuild } from './build';

/** Compiles a Succeed state. */
export function compileSucceed(b: StateBuild): Runner {
  const def = b.state.def as SucceedState;
  if (b.state.jsonata) {
    const output = compileField(def.Output, 'Output');
    return (t) => settle(t, assignAndOutput(t, null, output, t.input), null);
  }
  const inputPath = compileFilterPath(def.InputPath);
  const outputPath = compileFilterPath(def.OutputPath);
  return (t) => {
    try {
      let out = inputPath === null ? t.input : inputPath(t.input, t);
      if (outputPath !== null) out = outputPath(out, t);
      return done(t, out, null, null);
    } catch (e) {
      return failWith(t, e);
    }
  };
}
