import { describe, expect, it } from 'vitest';
import { testBlock } from './blockTestKit';
import { layoutSeriesParallel, seriesParallel } from './seriesParallel';

/** Node 0 is the start. */
const block = (n: number, edges: string[]) => testBlock(n, edges, 0);

const x = (centers: readonly number[], v: number) => centers[2 * v];
const y = (centers: readonly number[], v: number) => centers[2 * v + 1];

describe('seriesParallel', () => {
  it('reads a Choice whose branches meet again as a fork and its join', () => {
    expect(seriesParallel(block(5, ['0>1', '1>2', '1>3', '2>4', '3>4']))).toEqual([
      { node: 0 },
      { node: 1 },
      { from: 1, join: 4, branches: [[{ node: 2 }], [{ node: 3 }]] },
      { node: 4 },
    ]);
  });

  it('reads nested forks, an optional step and a loop', () => {
    // 0 -> 1 fork: [2 -> (fork 2: [3], []) -> 4], [5]; join 6; 4 loops back to 1.
    const sequence = seriesParallel(block(7, ['0>1', '1>2', '1>5', '2>3', '2>4', '3>4', '4>6', '5>6', '4>1']));
    expect(sequence).toEqual([
      { node: 0 },
      { node: 1 },
      {
        from: 1,
        join: 6,
        branches: [[{ node: 2 }, { from: 2, join: 4, branches: [[{ node: 3 }], []] }, { node: 4 }], [{ node: 5 }]],
      },
      { node: 6 },
    ]);
  });

  it.each([
    ['a branch that runs into the middle of another', block(5, ['0>1', '0>2', '1>3', '2>3', '1>2', '3>4'])],
    ['two ends', block(3, ['0>1', '0>2'])],
    ['two starts', block(3, ['0>2', '1>2'])],
  ])('leaves %s to dagre', (_name, b) => {
    expect(seriesParallel(b)).toBeUndefined();
  });
});

describe('layoutSeriesParallel', () => {
  it('puts the branches of a fork side by side, centred under it, and the join under it again', () => {
    const b = block(4, ['0>1', '0>2', '1>3', '2>3']);
    const { centers, width } = layoutSeriesParallel(b, seriesParallel(b)!);
    expect(y(centers, 1)).toBe(y(centers, 2));
    expect(x(centers, 2) - x(centers, 1)).toBe(200 + 40);
    expect(x(centers, 0)).toBe((x(centers, 1) + x(centers, 2)) / 2);
    expect(x(centers, 3)).toBe(x(centers, 0));
    expect(width).toBe(440);
  });

  it('keeps the straight line under an optional step and puts the step beside it', () => {
    // 0 -> 1 -> 2 and 0 -> 2: the edge 0 -> 2 runs straight down, 1 sits to one side.
    const b = block(3, ['0>1', '1>2', '0>2']);
    const { centers, edgePoints } = layoutSeriesParallel(b, seriesParallel(b)!);
    expect(x(centers, 2)).toBe(x(centers, 0));
    // The step's box keeps NODE_SEP clear of the straight line.
    expect(Math.abs(x(centers, 1) - x(centers, 0)) - 100).toBe(40);
    const straight = edgePoints[2];
    expect(straight.every((p) => p.x === x(centers, 0))).toBe(true);
  });
});
