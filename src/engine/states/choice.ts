/**
 * Choice: the first matching rule picks the next state, else Default, else States.NoChoiceMatched.
 * A matched rule's Assign/Output apply; the state's own Assign/Output apply when Default is taken.
 */
import type { ChoiceState, JsonObject, JsonValue } from '../../asl/types';
import type { PathContext } from '../../asl/paths/types';
import { compileChoiceState } from '../choice';
import { compileJsonataChoiceState } from '../jsonata';
import type { CompiledState, Step } from '../compiled';
import { FAIL } from '../compiled';
import { ERR } from '../errors';
import { compileAssign, compileFilterPath } from '../compile/jsonpath';
import type { JsonataTemplate } from '../compile/jsonata';
import { assignAndOutput, bindingsOf, compileField } from '../compile/jsonata';
import { done, failWith, inspect, settle } from '../compile/flow';
import type { Thread } from '../thread';
import type { Runner, StateBuild } from './build';

const NO_MATCH_CAUSE = 'No Choice rule matched the input and the Choice state has no Default.';

/** Compiles a Choice state. */
export function compileChoice(b: StateBuild): Runner {
  const state = b.state;
  const def = state.def as ChoiceState;
  const targets = new Map<string, CompiledState | null>();
  const target = (name: string): CompiledState | null => {
    let s = targets.get(name);
    if (s === undefined) {
      s = state.fragment.states.get(name) ?? null;
      targets.set(name, s);
    }
    return s;
  };
  const noMatch = (t: Thread): Step => {
    t.failure = { error: ERR.NO_CHOICE_MATCHED, cause: NO_MATCH_CAUSE };
    return FAIL;
  };
  if (state.jsonata) {
    const decide = compileJsonataChoiceState(def);
    const ruleFields = def.Choices.map((r) => ({ assign: compileField(r.Assign, 'Assign'), output: compileField(r.Output, 'Output') }));
    const defaultFields = { assign: compileField(def.Assign, 'Assign'), output: compileField(def.Output, 'Output') };
    return (t) =>
      decide(bindingsOf(t)).then(
        (o) => {
          if ('noMatch' in o) return noMatch(t);
          const f: { assign: JsonataTemplate | null; output: JsonataTemplate | null } = o.rule === null ? defaultFields : ruleFields[o.index];
          return settle(t, assignAndOutput(t, f.assign, f.output, t.input), target(o.next));
        },
        (e: unknown) => failWith(t, e),
      );
  }
  const decide = compileChoiceState(def);
  const inputPath = compileFilterPath(def.InputPath);
  const outputPath = compileFilterPath(def.OutputPath);
  type AssignFn = ((input: JsonValue, ctx: PathContext) => JsonObject) | null;
  const ruleAssign: AssignFn[] = def.Choices.map((r) => compileAssign(r.Assign as JsonObject | undefined));
  const defaultAssign = compileAssign(def.Assign as JsonObject | undefined);
  return (t) => {
    try {
      const input = inputPath === null ? t.input : inputPath(t.input, t);
      inspect(t, 'afterInputPath', input);
      const o = decide(input, t);
      if ('noMatch' in o) return noMatch(t);
      const assign = o.rule === null ? defaultAssign : ruleAssign[o.index];
      const assigned = assign === null ? null : assign(input, t);
      const out = outputPath === null ? input : outputPath(input, t);
      return done(t, out, assigned, target(o.next));
    } catch (e) {
      return failWith(t, e);
    }
  };
}
