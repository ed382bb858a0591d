/**
 * Random, ASL-shaped definitions for the layout benchmark and tests: nested Parallel and Map,
 * Choices with forward jumps and loops, catchers. Seeded, so a size and a seed always give the same
 * definition. Not a validity fuzzer: the definitions are valid ASL, but nothing runs them.
 */
import { seededRandom as rng } from '../asl/paths';
import type { ChoiceRule, State, StateMachine, StateMachineFragment } from '../asl/types';


const RESOURCES = [
  'arn:aws:states:::lambda:invoke',
  'arn:aws:states:::dynamodb:putItem',
  'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
  'arn:aws:states:::sns:publish',
  'arn:aws:states:::aws-sdk:s3:getObject',
  'arn:aws:lambda:us-east-1:123456789012:function:ProcessOrder',
];

const RULES: ((v: string) => ChoiceRule)[] = [
  (v) => ({ Variable: v, NumericGreaterThan: 1000 }),
  (v) => ({ Variable: v, StringEquals: 'DONE' }),
  (v) => ({ Variable: v, IsPresent: true }),
  (v) => ({ And: [{ Variable: v, NumericGreaterThanEquals: 1 }, { Variable: `${v}Limit`, NumericLessThan: 20 }] }),
  (v) => ({ Not: { Variable: v, BooleanEquals: true } }),
];

/**
 * A definition with exactly `stateCount` states (nested ones included).
 * @example Object.keys(randomDefinition(10).States).length <= 10
 */
export function randomDefinition(stateCount: number, seed = 1): StateMachine {
  const random = rng(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  let counter = 0;

  /** Splits `total` into `parts` positive integers (total >= parts). */
  function split(total: number, parts: number): number[] {
    const sizes = new Array<number>(parts).fill(1);
    for (let left = total - parts; left > 0; left--) sizes[int(0, parts - 1)]++;
    return sizes;
  }

  function fragment(budget: number, depth: number): StateMachineFragment {
    const direct = depth >= 4 ? budget : Math.min(budget, int(6, 16));
    const nested = budget - direct;
    const names = Array.from({ length: direct }, () => `S${counter++}`);
    const containerCount = nested > 0 ? Math.min(direct - 1, Math.max(1, Math.ceil(nested / 60))) : 0;
    const containerAt = new Set<number>();
    while (containerAt.size < containerCount) containerAt.add(int(0, direct - 2));
    const shares = containerCount > 0 ? split(nested, containerCount) : [];
    const states: Record<string, State> = {};
    /** State index -> the index its Next goes to, when not the following state (the left arm of a diamond). */
    const jump = new Map<number, number>();
    let share = 0;
    names.forEach((name, i) => {
      const last = i === direct - 1;
      const next = last ? undefined : names[jump.get(i) ?? i + 1];
      const flow = next === undefined ? { End: true as const } : { Next: next };
      if (containerAt.has(i)) {
        const sub = shares[share++];
        const branches = Math.min(sub, int(2, 4));
        states[name] = random() < 0.5 && sub >= 2
          ? { Type: 'Parallel', Branches: split(sub, branches).map((b) => fragment(b, depth + 1)), ...flow }
          : { Type: 'Map', ItemProcessor: fragment(sub, depth + 1), ...flow };
      } else if (last) {
        states[name] = random() < 0.7 ? { Type: 'Succeed' } : { Type: 'Task', Resource: pick(RESOURCES), End: true };
      } else if (random() < 0.12 && i + 3 < direct && !containerAt.has(i + 1) && !jump.has(i)) {
        // A diamond: rule -> i+1 -> i+3, Default -> i+2 -> i+3, the shape that makes dagre worth having.
        jump.set(i + 1, i + 3);
        states[name] = { Type: 'Choice', Choices: [{ ...pick(RULES)(`$.v${i}`), Next: names[i + 1] }], Default: names[i + 2] };
      } else if (random() < 0.12 && i > 0) {
        // A loop: one rule jumps ahead, one goes back (polling), Default carries on.
        const variable = `$.v${i}`;
        states[name] = {
          Type: 'Choice',
          Choices: [
            { ...pick(RULES)(variable), Next: names[int(i + 1, direct - 1)] },
            { ...pick(RULES)(variable), Next: names[int(0, i - 1)] },
          ],
          Default: next,
        };
      } else if (random() < 0.15) {
        states[name] = { Type: 'Wait', Seconds: 5, Next: next! };
      } else {
        const task: State = { Type: 'Task', Resource: pick(RESOURCES), Next: next! };
        if (random() < 0.15) task.Catch = [{ ErrorEquals: ['States.ALL'], Next: names[int(i + 1, direct - 1)] }];
        states[name] = task;
      }
    });
    return { StartAt: names[0], States: states };
  }

  return { Comment: `random definition, ${stateCount} states, seed ${seed}`, ...fragment(stateCount, 0) };
}
