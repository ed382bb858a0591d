/** Fail: fails its workflow, branch or iteration with Error and Cause (literal, path or JSONata). */
import type { FailState, JsonValue } from '../../asl/types';
import type { PathContext } from '../../asl/paths/types';
import { AslRuntimeError, pathNotFoundCause } from '../../asl/paths/errors';
import { FAIL } from '../compiled';
import type { Step } from '../compiled';
import { compileExpression } from '../compile/jsonpath';
import { compileField, evalField } from '../compile/jsonata';
import { failWith } from '../compile/flow';
import type { Thread } from '../thread';
import type { Runner, StateBuild } from './build';

type Read = (input: JsonValue, ctx: PathContext) => string | null;

/** Compiles a Fail state. */
export function compileFail(b: StateBuild): Runner {
  const def = b.state.def as FailState;
  if (b.state.jsonata) {
    const error = compileField(def.Error, 'Error');
    const cause = compileField(def.Cause, 'Cause');
    return (t) => {
      const e = error === null ? null : evalField(error, t);
      const c = cause === null ? null : evalField(cause, t);
      if (e instanceof Promise || c instanceof Promise) {
        return Promise.all([e, c]).then(
          ([ev, cv]) => failed(t, asText(ev), asText(cv)),
          (x: unknown) => failWith(t, x),
        );
      }
      return failed(t, asText(e), asText(c));
    };
  }
  const error = reader(def.Error, def.ErrorPath, 'ErrorPath');
  const cause = reader(def.Cause, def.CausePath, 'CausePath');
  return (t) => {
    try {
      return failed(t, error(t.input, t), cause(t.input, t));
    } catch (e) {
      return failWith(t, e);
    }
  };
}

function failed(t: Thread, error: string | null, cause: string | null): Step {
  t.failure = { error, cause };
  return FAIL;
}

function reader(literal: string | undefined, path: string | undefined, field: string): Read {
  if (path !== undefined) {
    const read = compileExpression(path, field);
    return (input, ctx) => {
      const v = read(input, ctx);
      if (v === undefined) throw new AslRuntimeError('States.Runtime', pathNotFoundCause(path, field, input));
      return asText(v);
    };
  }
  const v = literal ?? null;
  return () => v;
}

function asText(v: JsonValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
