/** What the driver asks a debugger (only when one is attached). */
import type { Thread } from '../thread';

export interface DebugHooks {
  /** Called before a thread enters its state; true pauses the execution there. */
  beforeState(t: Thread): boolean;
}
