import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph';
import { layoutGraph } from '../../layout';
import { measureNode } from './measure';
import { overviewFrame, overviewShapes } from './overviewShapes';
import { STATE_STYLE } from './stateStyles';
import { toFlowNodes } from './toFlow';

const definition = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'Fan' },
    Fan: { Type: 'Parallel', Next: 'B', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }] },
    B: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

describe('overviewShapes', () => {
  const graph = toGraph(definition);
  const nodes = toFlowNodes(graph, layoutGraph(graph, { measure: measureNode }), []);
  const shapes = overviewShapes(nodes);

  it('draws each colour as one path, a rectangle per state, containers apart', () => {
    const pass = shapes.states.find((s) => s.color === STATE_STYLE.Pass.color)!;
    expect(pass.d.match(/M/g)).toHaveLength(3); // A, B and Inner
    expect(shapes.containers).toEqual([{ color: STATE_STYLE.Parallel.color, d: expect.stringMatching(/^M[^M]+$/) }]);
  });

  it('puts a nested state at its place on the canvas, not relative to its branch', () => {
    const inner = nodes.find((n) => n.id === 'Inner')!;
    const fan = nodes.find((n) => n.id === 'Fan')!;
    const branch = nodes.find((n) => n.id === inner.parentId)!;
    const x = fan.position.x + branch.position.x + inner.position.x;
    const y = fan.position.y + branch.position.y + inner.position.y;
    expect(shapes.states.map((s) => s.d).join('')).toContain(`M${x},${y}h${inner.width}`);
  });

  it('bounds every node', () => {
    for (const n of nodes.filter((node) => node.parentId === undefined)) {
      expect(n.position.x).toBeGreaterThanOrEqual(shapes.bounds!.x);
      expect(n.position.y + n.height!).toBeLessThanOrEqual(shapes.bounds!.y + shapes.bounds!.height);
    }
    expect(overviewShapes([]).bounds).toBeUndefined();
  });
});

describe('overviewFrame', () => {
  const size = { width: 200, height: 150 };
  it.each([
    ['the view inside a wide graph', { x: 0, y: 0, width: 2000, height: 300 }, { x: 100, y: 50, width: 400, height: 200 }],
    ['a view larger than a tall graph', { x: 0, y: 0, width: 200, height: 3000 }, { x: -500, y: -100, width: 1200, height: 800 }],
    ['a view away from the graph', { x: 0, y: 0, width: 300, height: 300 }, { x: 5000, y: 5000, width: 100, height: 100 }],
  ])('%s: keeps the aspect ratio and holds both the graph and the view', (_name, graph, view) => {
    const f = overviewFrame(graph, view, size);
    // Within the 5 px margin React Flow also adds (the SVG centres what is left over).
    expect(f.width / f.height).toBeCloseTo(size.width / size.height, 1);
    for (const r of [graph, view]) {
      expect(f.x).toBeLessThanOrEqual(r.x);
      expect(f.y).toBeLessThanOrEqual(r.y);
      expect(f.x + f.width).toBeGreaterThanOrEqual(r.x + r.width);
      expect(f.y + f.height).toBeGreaterThanOrEqual(r.y + r.height);
    }
  });
});
