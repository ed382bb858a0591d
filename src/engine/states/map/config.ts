/**
 * Map settings read at run time: MaxConcurrency(Path) and, for Distributed Map,
 * ToleratedFailureCount(Path) / ToleratedFailurePercentage(Path), with AWS's error messages.
 */
import type { JsonValue, MapState } from '../../../asl/types';
import { AslRuntimeError } from '../../../asl/paths/errors';
import { ERR } from '../../errors';
import { compileRawPath } from '../../compile/jsonpath';
import { compileField, evalField } from '../../compile/jsonata';
import type { Thread } from '../../thread';

/** A number read from the definition, a path or a JSONata expression. */
export type NumberSource = (t: Thread, input: JsonValue) => number | null | Promise<number | null>;

type Kind = 'integer' | 'float';

/** MaxConcurrency / MaxConcurrencyPath (0 or absent: no limit). */
export function maxConcurrencyOf(def: MapState, jsonata: boolean): NumberSource {
  return numberOf(def.MaxConcurrency, def.MaxConcurrencyPath, 'MaxConcurrency', 'integer', jsonata, (v, label) => {
    if (v < 0) throw new AslRuntimeError(ERR.RUNTIME, `${label} must be a non-negative integer.`);
  });
}

/** ToleratedFailureCount(Path): null when absent. */
export function toleratedCountOf(def: MapState, jsonata: boolean): NumberSource {
  return numberOf(def.ToleratedFailureCount, def.ToleratedFailureCountPath, 'ToleratedFailureCount', 'integer', jsonata, (v) => {
    if (v < 0) throw new AslRuntimeError(ERR.RUNTIME, 'ToleratedFailureCount cannot be negative.');
  });
}

/** ToleratedFailurePercentage(Path): null when absent. */
export function toleratedPercentageOf(def: MapState, jsonata: boolean): NumberSource {
  return numberOf(def.ToleratedFailurePercentage, def.ToleratedFailurePercentagePath, 'ToleratedFailurePercentage', 'float', jsonata, (v) => {
    if (v < 0 || v > 100) throw new AslRuntimeError(ERR.RUNTIME, 'ToleratedFailurePercentage must be between 0 and 100.');
  });
}

function numberOf(
  literal: number | string | undefined,
  path: string | undefined,
  field: string,
  kind: Kind,
  jsonata: boolean,
  check: (v: number, label: string) => void,
): NumberSource {
  if (path !== undefined) {
    const p = compileRawPath(path);
    return (t, input) => {
      const raw = p(input, t);
      const v = parseNumber(raw, kind);
      if (v === null) {
        throw new AslRuntimeError(ERR.RUNTIME, `The ${field}Path field refers to value "${show(raw)}" which is not a valid ${kind}: ${path}`);
      }
      check(v, field);
      return v;
    };
  }
  if (literal === undefined) return () => null;
  if (typeof literal === 'number') {
    return () => {
      check(literal, field);
      return literal;
    };
  }
  if (!jsonata) {
    const v = parseNumber(literal, kind);
    return () => {
      if (v === null) throw new AslRuntimeError(ERR.RUNTIME, `The ${field} field value "${literal}" is not a valid ${kind}.`);
      check(v, field);
      return v;
    };
  }
  const tpl = compileField(literal, field);
  return (t) => {
    const done = (raw: JsonValue): number => {
      const v = typeof raw === 'number' && (kind === 'float' || Number.isInteger(raw)) ? raw : null;
      if (v === null) {
        throw new AslRuntimeError(ERR.QUERY_EVALUATION, `The JSONata expression '${tpl?.expression ?? literal}' specified for the field '${field}' returned an unexpected result type. Expected '${kind}', but was: ${show(raw)}`);
      }
      check(v, field);
      return v;
    };
    if (tpl === null) return null;
    const r = evalField(tpl, t);
    return r instanceof Promise ? r.then(done) : done(r);
  };
}

/** Numbers, or strings Java would parse as one (AWS accepts "1" from a path). */
function parseNumber(v: JsonValue | undefined, kind: Kind): number | null {
  if (typeof v === 'number') return kind === 'integer' && !Number.isInteger(v) ? null : v;
  if (typeof v === 'string') {
    const re = kind === 'integer' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    return re.test(v.trim()) ? Number(v) : null;
  }
  return null;
}

function show(v: JsonValue | undefined): string {
  if (v === undefined) return 'null';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
