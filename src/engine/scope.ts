/**
 * Workflow variables (`Assign`). One scope for the top-level workflow and one per Parallel branch
 * or Map iteration: inner scopes read the outer ones but cannot assign their names (AWS: a
 * variable belongs to the scope that declared it), and nothing assigned inside leaks out.
 */
import type { JsonObject, JsonValue } from '../asl/types';

export class Scope {
  private vars: Map<string, JsonValue> | null = null;

  constructor(readonly parent: Scope | null = null) {}

  /** A child scope (Parallel branch, Map iteration). */
  child(): Scope {
    return new Scope(this);
  }

  /** The value of `$name`, or undefined when no scope declares it. */
  get(name: string): JsonValue | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let s: Scope | null = this;
    while (s !== null) {
      const vars = s.vars;
      if (vars !== null) {
        const v = vars.get(name);
        if (v !== undefined || vars.has(name)) return v;
      }
      s = s.parent;
    }
    return undefined;
  }

  /** The name of the first variable in `values` that an outer scope owns, or null. */
  outerConflict(values: JsonObject): string | null {
    if (this.parent === null) return null;
    for (const name of Object.keys(values)) {
      if (!(this.vars?.has(name) ?? false) && this.parent.get(name) !== undefined) return name;
    }
    return null;
  }

  /** Applies one state's assignments at once (all were evaluated against the old values). */
  assignAll(values: JsonObject): void {
    const vars = (this.vars ??= new Map());
    for (const name of Object.keys(values)) vars.set(name, values[name]);
  }

  /** Every visible variable, inner names shadowing outer ones (debugger, TestState). */
  snapshot(): JsonObject {
    const out: JsonObject = this.parent ? this.parent.snapshot() : {};
    if (this.vars !== null) for (const [k, v] of this.vars) out[k] = v;
    return out;
  }

  /** Only this scope's own variables. */
  own(): JsonObject {
    const out: JsonObject = {};
    if (this.vars !== null) for (const [k, v] of this.vars) out[k] = v;
    return out;
  }
}
