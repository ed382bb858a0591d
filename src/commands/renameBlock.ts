/** Renaming every state of a block (nested ones included) so none clashes with the document's. */
import type { ChoiceRule, State, StateMachineFragment } from '../asl/types';
import { uniqueNameAmong } from '../asl/ops/names';

type Rename = (name: string) => string;

function renameState(state: State, rename: Rename): State {
  const out = { ...state } as State & Record<string, unknown>;
  if (typeof out.Next === 'string') out.Next = rename(out.Next);
  if (out.Type === 'Choice') {
    if (typeof out.Default === 'string') out.Default = rename(out.Default);
    if (Array.isArray(out.Choices)) out.Choices = out.Choices.map((r: ChoiceRule) => (typeof r.Next === 'string' ? { ...r, Next: rename(r.Next) } : r));
  }
  if ('Catch' in out && Array.isArray(out.Catch)) out.Catch = out.Catch.map((c) => ({ ...c, Next: rename(c.Next) }));
  if (out.Type === 'Parallel' && Array.isArray(out.Branches)) out.Branches = out.Branches.map((b) => renameFragment(b, rename));
  if (out.Type === 'Map') {
    if (out.ItemProcessor) out.ItemProcessor = renameFragment(out.ItemProcessor, rename);
    if (out.Iterator) out.Iterator = renameFragment(out.Iterator, rename);
  }
  return out;
}

function renameFragment<F extends StateMachineFragment>(frag: F, rename: Rename): F {
  const States: Record<string, State> = {};
  for (const [name, state] of Object.entries(frag.States)) States[rename(name)] = renameState(state, rename);
  return { ...frag, StartAt: rename(frag.StartAt), States };
}

function collectNames(frag: StateMachineFragment, into: string[]): string[] {
  for (const [name, state] of Object.entries(frag.States)) {
    into.push(name);
    if (state.Type === 'Parallel') state.Branches.forEach((b) => collectNames(b, into));
    if (state.Type === 'Map' && state.ItemProcessor) collectNames(state.ItemProcessor, into);
    if (state.Type === 'Map' && state.Iterator) collectNames(state.Iterator, into);
  }
  return into;
}

/**
 * The block with every state renamed to the first free name among `taken` (`Start job`,
 * `Start job (1)`...), and every StartAt, Next, Default, Choice rule and Catch following. Names
 * that are not states of the block (the pattern's exit marker) are left as they are.
 * @example renameBlock({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, new Set(['A'])).StartAt // 'A (1)'
 */
export function renameBlock(block: StateMachineFragment, taken: ReadonlySet<string>): StateMachineFragment {
  const used = new Set(taken);
  const map = new Map<string, string>();
  for (const name of collectNames(block, [])) {
    const fresh = uniqueNameAmong(used, name);
    used.add(fresh);
    map.set(name, fresh);
  }
  return renameFragment(block, (name) => map.get(name) ?? name);
}
