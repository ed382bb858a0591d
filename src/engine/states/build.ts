/** What a state compiler receives: the state being built and a way to compile nested fragments. */
import type { StateMachineFragment } from '../../asl/types';
import type { CompiledFragment, CompiledState, StepResult } from '../compiled';
import type { Thread } from '../thread';

export interface StateBuild {
  /** The state being compiled (its `run` is what the compiler returns). */
  state: CompiledState;
  /** Compiles a Parallel branch or Map processor owned by this state. */
  compileFragment(def: StateMachineFragment): CompiledFragment;
}

export type Runner = (t: Thread) => StepResult;
