/**
 * Node ids. A state's id is its name; every other node gets an id built from its container's id
 * that is checked against every state name of the definition, so markers and groups can never take
 * a name a state already has, whatever characters state names use.
 */
export class NodeIds {
  private readonly taken = new Set<string>();
  private readonly claimed = new Set<string>();

  /** `stateNames`: every state name anywhere in the definition (collected before any id is handed out). */
  constructor(private readonly stateNames: ReadonlySet<string>) {}

  /** The id of a state: its name, or `<name>::dup` (suffixed) for a second state of the same name. */
  state(name: string): string {
    if (!this.claimed.has(name)) {
      this.claimed.add(name);
      this.taken.add(name);
      return name;
    }
    return this.synthetic(`${name}::dup`);
  }

  /** `base` itself, or `base~2`, `base~3`... : the first that is no state name and no id already given. */
  synthetic(base: string): string {
    let id = base;
    for (let n = 2; this.stateNames.has(id) || this.taken.has(id); n++) id = `${base}~${n}`;
    this.taken.add(id);
    return id;
  }
}
