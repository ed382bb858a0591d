import { describe, expect, it } from 'vitest';
import { backEdgeRoute, midpoint, orthogonalRoute, roundedPath } from './route';

describe('edge routes', () => {
  it('draws a straight line for two points and rounds corners in between', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 10 }])).toBe('M0,0 L0,10');
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 20, y: 20 }])).toBe('M0,0 L0,12 Q0,20 8,20 L20,20');
  });

  it('finds the middle of a polyline by length', () => {
    expect(midpoint([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }])).toEqual({ x: 10, y: 10 });
  });

  it('routes a loop up from the top of its source to the bottom of its target in dagre\'s free column', () => {
    const source = { x: 115, y: 488, width: 190, height: 46 };
    const target = { x: 92, y: 284, width: 236, height: 46 };
    const dagre = [{ x: 238, y: 488 }, { x: 272.5, y: 460 }, { x: 272.5, y: 358 }, { x: 238, y: 330 }];
    const route = backEdgeRoute(dagre, source, target)!;
    expect(route[0]).toEqual({ x: 272.5, y: 488 });
    expect(route.at(-1)).toEqual({ x: 272.5, y: 330 });
    expect(route.every((p) => p.x === 272.5)).toBe(true);
  });

  it('leaves forward edges alone', () => {
    expect(backEdgeRoute([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 20 }], { x: 0, y: 0, width: 1, height: 1 }, { x: 0, y: 20, width: 1, height: 1 })).toBeUndefined();
  });
});

describe('orthogonalRoute', () => {
  it('turns a slanted layout route into vertical and horizontal runs, bending in the gap', () => {
    // CheckAmount -> Reject in the credit-limit sample: out of the Choice, left to a free column, down, into Reject.
    const route = orthogonalRoute({ x: 200, y: 126 }, [{ x: 75, y: 154 }, { x: 75, y: 256 }, { x: 75, y: 358 }], { x: 95, y: 386 });
    expect(route).toEqual([
      { x: 200, y: 126 },
      { x: 200, y: 154 },
      { x: 75, y: 154 },
      { x: 75, y: 358 },
      { x: 95, y: 358 },
      { x: 95, y: 386 },
    ]);
  });

  it('never runs back and forth along one line', () => {
    const route = orthogonalRoute({ x: 417, y: 330 }, [{ x: 428, y: 358 }], { x: 325, y: 386 });
    expect(route).toEqual([{ x: 417, y: 330 }, { x: 417, y: 358 }, { x: 325, y: 358 }, { x: 325, y: 386 }]);
  });

  it('steps halfway between two nodes with no bend points', () => {
    expect(orthogonalRoute({ x: 0, y: 0 }, [], { x: 10, y: 40 })).toEqual([{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 10, y: 20 }, { x: 10, y: 40 }]);
    expect(orthogonalRoute({ x: 5, y: 0 }, [], { x: 5, y: 40 })).toEqual([{ x: 5, y: 0 }, { x: 5, y: 40 }]);
  });
});
